/** What the dashboard reads from a sign-in token: the server verifies it; the UI only shapes itself to the role. */
export interface SessionUser {
  role: string;
  name: string | null;
  /** County codes a regional manager may read. */
  counties: string[];
  office: string | null;
  /** Seconds since the epoch, or null when the token has no expiry. */
  expiresAt: number | null;
}

function base64UrlDecode(part: string): string {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The claims of a JWT's payload, without verifying it; null when it is not a readable JWT. */
export function decodeToken(token: string): SessionUser | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    if (typeof claims.role !== 'string') return null;
    return {
      role: claims.role,
      name: typeof claims.name === 'string' ? claims.name : null,
      counties: Array.isArray(claims.counties) ? claims.counties.map(String) : [],
      office: typeof claims.office === 'string' ? claims.office.toUpperCase() : null,
      expiresAt: typeof claims.exp === 'number' ? claims.exp : null,
    };
  } catch {
    return null;
  }
}

/** Whether the token has expired at `now` (milliseconds). */
export function isExpired(user: SessionUser, now = Date.now()): boolean {
  return user.expiresAt !== null && user.expiresAt * 1000 <= now;
}

/**
 * Whether the user may see a county's figures. Without a user (sign-in not enforced) and for national roles, every
 * county; a regional manager only their own; office staff none by county (they see their office's area).
 */
export function mayReadCounty(user: SessionUser | null, county: string): boolean {
  if (!user) return true;
  if (user.role === 'regional') return user.counties.includes(county);
  return user.role !== 'office';
}

/** Whether the user may see national figures (the overview, national follow-up). */
export function mayReadNation(user: SessionUser | null): boolean {
  return !user || ['leadership', 'analyst', 'admin'].includes(user.role);
}

/** Where a user lands after signing in: a regional manager on their county, office staff on their follow-up. */
export function landingPath(user: SessionUser): string {
  if (user.role === 'regional' && user.counties.length > 0) return `/lan?county=${user.counties[0]}`;
  if (user.role === 'office' && user.office) return `/uppfoljning?office=${user.office}`;
  return '/';
}
