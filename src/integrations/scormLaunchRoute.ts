import type { AstroIntegration } from 'astro';

/**
 * Adds the SCORM launch page (`/scorm/`, src/scorm/ScormLaunch.astro) to the SCORM build only, so the website never
 * ships a page that is of use only inside a learning platform.
 */
export function scormLaunchRoute(): AstroIntegration {
	return {
		name: 'course:scorm-launch-route',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/scorm', entrypoint: new URL('../scorm/ScormLaunch.astro', import.meta.url) });
			},
		},
	};
}
