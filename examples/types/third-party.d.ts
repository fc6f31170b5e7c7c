// The examples use two middleware packages that the plugin's repository does
// not install; these declarations cover just what the examples call.
declare module 'helmet' {
  import type { RequestHandler } from 'express';

  export default function helmet(options?: Record<string, unknown>): RequestHandler;
}

declare module 'express-rate-limit' {
  import type { RequestHandler } from 'express';

  export default function rateLimit(options: { windowMs: number; limit: number }): RequestHandler;
}
