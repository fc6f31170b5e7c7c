import { describe, expect, it } from 'vitest';

import { isBrowserKeyName } from '../../src/utils/public-keys';

describe('isBrowserKeyName', () => {
  it.each([
    ['MAPBOX_TOKEN', true],
    ['MIXPANEL_TOKEN', true],
    ['searchApiKey', true],
    ['googleMapsApiKey', true],
    ['POSTHOG_API_KEY', true],
    ['SUPABASE_ANON_KEY', false], // not a secret name at all,
    ['MAPBOX_SECRET_TOKEN', false],
    ['ALGOLIA_ADMIN_KEY', false],
    ['SUPABASE_SERVICE_KEY', false],
    ['clientSecret', false],
    ['apiKey', false],
    ['password', false],
  ])('%s: %s', (name, expected) => {
    expect(isBrowserKeyName(name)).toBe(expected);
  });
});
