import { crc32 } from './crc32.ts';
import type { WorkshopSession } from './workshopSession.ts';

/**
 * A short id of the session, shown on every page of it so a team can tell it is in the right room. Its own module, so
 * a page can show it without loading the session schema.
 */
export function sessionId(session: WorkshopSession): string {
	return crc32(new TextEncoder().encode(JSON.stringify(session))).toUpperCase();
}
