// Settings read once at start-up. Secrets come only from the environment:
// a missing one stops the process instead of falling back to a default.
function fromEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: fromEnv('DATABASE_URL'),
  partnerApiKey: fromEnv('PARTNER_API_KEY'),
  jwt: {
    issuer: 'https://auth.acme-shop.test',
    audience: 'acme-shop-api',
    privateKey: fromEnv('JWT_PRIVATE_KEY'),
    publicKey: fromEnv('JWT_PUBLIC_KEY'),
  },
};
