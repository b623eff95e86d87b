/**
 * How long a file the app moved aside (or a migration copy it kept) stays
 * before the app deletes it. Fixed rather than the retention setting: the app
 * cannot read such a copy, so it cannot purge its appointments one by one,
 * and a setting of up to ten years would keep them whole for that long. Thirty
 * days leave time to notice the notice and ask IT to recover the file.
 */
export const MOVED_ASIDE_KEEP_DAYS = 30;
