// Registers the service worker that precaches the whole site, so every page works offline after one visit.
// An external file, not an inline script, so a strict Content-Security-Policy can forbid inline scripts later.
// /sw.js exists only in a production build (scripts/buildServiceWorker.mjs writes it); on the dev server the registration fails quietly.
if ('serviceWorker' in navigator) {
	window.addEventListener('load', () => {
		navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
			// No service worker (e.g. the dev server): the site still works online.
		});
	});
}
