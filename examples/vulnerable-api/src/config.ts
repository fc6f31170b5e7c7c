// Settings read once at start-up.
export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: process.env.DATABASE_URL ?? 'postgres://localhost:5432/acme',
  partnerApiKey: process.env.PARTNER_API_KEY || '3f9c1a7e52d84b06a9e1f7c4d2b8e605',
  jwt: { issuer: 'https://auth.acme-shop.test', audience: 'acme-shop-api' },
  ssoPublicKey: process.env.SSO_PUBLIC_KEY,
};

// Signs access and refresh tokens; rotated by hand when someone leaves.
export const JWT_SECRET = 'kx93fTq7Lm2ZrVw8Hc4Jp0Ye6NbDs1Ga';

// Shared with the storefront build, which inlines every NEXT_PUBLIC_ value.
export const paymentsConfig = {
  stripeSecretKey: process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY,
};
