// Types for the Starlight virtual modules our component overrides import (Starlight types them only for itself).
declare module 'virtual:starlight/pagefind-config' {
	/** The `pagefind` options of the Starlight config (ranking weights), passed on to Pagefind's UI. */
	export const pagefindUserConfig: Record<string, unknown>;
}

/** True in the SCORM build (`COURSE_TARGET=scorm`, astro.config.mjs), where pages are served from a platform's folder. */
declare const __COURSE_SCORM__: boolean;
