// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { inlineCodeHashes } from './src/integrations/inlineCodeHashes.ts';
import { scormLaunchRoute } from './src/integrations/scormLaunchRoute.ts';
import { scrollableTables } from './src/integrations/scrollableTables.ts';

/**
 * `COURSE_TARGET=scorm` builds the package for learning platforms (scripts/packageScorm.mjs) into dist-scorm/: the same
 * site with a SCORM launch page and without the service worker, which must not claim a platform's origin.
 */
const scorm = process.env.COURSE_TARGET === 'scorm';

const docsDir = new URL('./src/content/docs/', import.meta.url);

/**
 * True when a sidebar section has at least one page, so the sidebar never shows an empty group.
 * @param {string} directory
 */
function hasPages(directory) {
	const dir = new URL(`${directory}/`, docsDir);
	return existsSync(dir) && readdirSync(dir).some((file) => /\.mdx?$/.test(file));
}

/** The syllabus order of the sidebar; each section appears once it has a page. */
const sections = [
	{ directory: 'lectures', label: '八讲课程', en: 'The eight lectures' },
	{ directory: 'cases', label: '案例模块', en: 'Case module' },
	{ directory: 'methods', label: '方法专题', en: 'Methods' },
	{ directory: 'labs', label: '实验室', en: 'Labs' },
	{ directory: 'workshop', label: '工作坊', en: 'Workshop' },
	{ directory: 'assessment', label: '结业', en: 'Completion' },
	{ directory: 'instructor', label: '讲师指南', en: 'Instructor guide' },
	{ directory: 'reference', label: '参考资料', en: 'Reference' },
];

export default defineConfig({
	// The canonical origin for sitemap and social links; override with SITE_URL when deploying elsewhere.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	trailingSlash: 'always',
	outDir: scorm ? './dist-scorm' : './dist',
	// Every Markdown table scrolls sideways in a focusable, named box; MDX and Starlight extend this processor.
	markdown: { processor: satteri({ hastPlugins: [scrollableTables] }) },
	// A strict Content-Security-Policy in every page's <meta>: Astro hashes the scripts and styles it emits, everything
	// else must come from this site. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search (it allows no JS
	// eval); style attributes stay allowed because islands render inline sizes (e.g. a virtualised table's height).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	vite: {
		// Client code asks `__COURSE_SCORM__` where it must build addresses differently inside a platform (search).
		define: { __COURSE_SCORM__: JSON.stringify(scorm) },
		// An ES-module worker keeps faker in its own chunk, fetched only when customer names are first shown.
		worker: { format: 'es' },
		build: {
			rolldownOptions: {
				// withastro/astro#18087: MDX head propagation trips a harmless bundler warning on every lesson.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		starlight({
			title: { 'zh-CN': '客户分类、分级与服务策略', en: 'Customer Tiering & Service Strategy' },
			description: '两天的企业培训课程：客户分类、客户分级与服务策略，配有可交互的客户组合模拟。',
			defaultLocale: 'root',
			locales: {
				root: { label: '简体中文', lang: 'zh-CN' },
				en: { label: 'English', lang: 'en' },
			},
			lastUpdated: false,
			// Offline support: the web app manifest, and an external (CSP-friendly) script that registers /sw.js.
			head: [
				{ tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: '#0072b2' } },
				...(scorm ? [] : [{ tag: /** @type {const} */ ('script'), attrs: { src: '/register-sw.js', defer: true } }]),
			],
			// Our own bilingual 404 page lives in src/pages/404.astro.
			disable404Route: true,
			pagination: true,
			customCss: ['./src/styles/course.css', './src/styles/print.css'],
			components: {
				// Renders a lesson's `quiz:` frontmatter as its knowledge check after the text.
				MarkdownContent: './src/components/LessonContent.astro',
				// Marks completed lessons in the sidebar.
				Sidebar: './src/components/ProgressSidebar.astro',
				// Starlight's theme scripts, made to survive browsers that block localStorage.
				ThemeProvider: './src/components/ThemeProvider.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
				// Starlight's search, mounted on first opening too and retried when its index fails to load.
				Search: './src/components/Search.astro',
				// Starlight's language menu, navigating by a relative address so it works inside the SCORM package too.
				LanguageSelect: './src/components/LanguageSelect.astro',
			},
			routeMiddleware: ['./src/routeData/quizTocEntry.ts'],
			sidebar: [
				{ slug: 'index', label: '课程概览', translations: { en: 'Course overview' } },
				...sections
					.filter((section) => hasPages(section.directory))
					.map((section) => ({
						label: section.label,
						translations: { en: section.en },
						items: [{ autogenerate: { directory: section.directory } }],
					})),
			],
		}),
		mdx(),
		react(),
		...(scorm ? [scormLaunchRoute()] : []),
		// Last: completes each page's CSP with the hashes of Starlight's inline scripts once every page is written.
		inlineCodeHashes(),
	],
});
