#!/usr/bin/env node
// The one entry point behind every npm script. It must run on the older system Node (20) too, so it uses
// nothing but Node's standard library: it brings the pinned Node 24 from the npm registry when the running
// Node is too old, installs the dependencies when they are missing or stale, then runs the task with Node 24.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pinnedNode = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
const minMajor = Number(pinnedNode.split('.')[0]);
const toolsDir = join(root, '.tools');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function log(message) {
	console.log(`\x1b[36m[course]\x1b[0m ${message}`);
}

function fail(message) {
	console.error(`\x1b[31m[course]\x1b[0m ${message}`);
	process.exit(1);
}

/** Runs a command to completion with inherited output; exits this process if it fails. */
function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
	if (result.error) fail(`could not run ${command}: ${result.error.message}`);
	if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The npm CLI to call from the current Node: npm tells us where it lives when it launched us. */
function npmCommand() {
	const execPath = process.env.npm_execpath;
	if (execPath?.endsWith('.js') || execPath?.endsWith('.cjs')) return [process.execPath, [execPath]];
	return ['npm', []];
}

/** Re-runs this script under the pinned Node 24, installing it into .tools/ first when needed. */
function ensureNode() {
	const major = Number(process.versions.node.split('.')[0]);
	if (major >= minMajor) return;
	const pkg = `node-${process.platform}-${process.arch}`;
	const nodeBin = join(toolsDir, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
	const installed =
		existsSync(nodeBin) && spawnSync(nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim() === `v${pinnedNode}`;
	if (!installed) {
		log(
			`Node ${process.versions.node} is older than ${minMajor}; fetching Node ${pinnedNode} (${pkg}) from the npm registry into .tools/`,
		);
		mkdirSync(toolsDir, { recursive: true });
		const [npmBin, npmArgs] = npmCommand();
		run(npmBin, [
			...npmArgs,
			'install',
			'--no-save',
			'--no-package-lock',
			'--no-audit',
			'--no-fund',
			'--prefix',
			toolsDir,
			`${pkg}@${pinnedNode}`,
		]);
		if (!existsSync(nodeBin)) fail(`the ${pkg} package did not provide ${nodeBin}`);
	}
	const env = {
		...process.env,
		PATH: `${dirname(nodeBin)}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH}`,
	};
	const result = spawnSync(nodeBin, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
		stdio: 'inherit',
		env,
	});
	process.exit(result.status ?? 1);
}

/** Installs dependencies when node_modules is missing or older than package.json / package-lock.json. */
function ensureDependencies() {
	const stamp = join(root, 'node_modules', '.course-install-stamp');
	const hash = createHash('sha256');
	for (const file of ['package.json', 'package-lock.json']) {
		if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
	}
	hash.update(process.versions.node);
	const digest = hash.digest('hex');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
	log('installing dependencies (this happens once, and again when package-lock.json changes)');
	const [npmBin, npmArgs] = npmCommand();
	const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
	// `npm install`, not `npm ci`: the registry here serves only this platform's optional binaries, so the lockfile
	// cannot list the others and `npm ci` would refuse it as out of sync. The lockfile still pins every version.
	run(npmBin, [...npmArgs, 'install', '--no-audit', '--no-fund'], { env });
	writeFileSync(stamp, digest);
}

/** The Chromium that Playwright drives: never downloaded, always a system one. */
function chromiumPath() {
	const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	return existsSync(candidate) ? candidate : null;
}

function requireChromium() {
	if (chromiumPath()) return;
	fail(
		`no Chromium at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}: install it (Debian: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH`,
	);
}

/** Runs one named step, timing it so the summary can say where the minutes went. */
const timings = [];
function step(name, command, args, options) {
	log(`${name}…`);
	const started = Date.now();
	run(command, args, options);
	timings.push([name, (Date.now() - started) / 1000]);
}

function printTimings() {
	for (const [name, seconds] of timings) log(`${name.padEnd(10)} ${seconds.toFixed(1)} s`);
}

function build() {
	step('build', bin('astro'), ['build']);
	// The service worker lists the built files, so it can only be generated once astro build (and Pagefind) is done.
	step('sw', process.execPath, [join(root, 'scripts', 'buildServiceWorker.mjs')]);
}

/** Where `npm run package -- --scorm` writes the SCORM 1.2 zip: the project folder, named by version and date. */
function scormZipPath() {
	const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
	return join(root, `course-scorm12-${version}-${new Date().toISOString().slice(0, 10)}.zip`);
}

/**
 * The SCORM 1.2 package for learning platforms: the site built for a platform (dist-scorm/), then zipped to outFile.
 * It is a second astro build, into its own folder and zip outside dist/, so nothing of it is served or precached by
 * the website. Returns outFile.
 */
async function packageScorm(outFile) {
	step('scorm', bin('astro'), ['build'], { env: { ...process.env, COURSE_TARGET: 'scorm' } });
	const { packageScorm: pack } = await import('./packageScorm.ts');
	const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
	const title = JSON.parse(readFileSync(join(root, 'src', 'content', 'i18n', 'zh-CN.json'), 'utf8'))['scorm.pageTitle'];
	const { files, bytes } = pack(join(root, 'dist-scorm'), outFile, {
		identifier: 'customer-tiering-course',
		version,
		title,
		masteryScore: 80,
	});
	log(`wrote ${outFile}: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (SCORM 1.2)`);
	return outFile;
}

/** Runs Playwright on the SCORM zip at scormZip (test/e2e/scorm/platformHarness.ts reads SCORM_PACKAGE). */
function e2e(scormZip) {
	step('e2e', bin('playwright'), ['test'], { env: { ...process.env, SCORM_PACKAGE: scormZip } });
}

function serve(command) {
	const port = process.env.PORT || '4321';
	if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) fail(`PORT must be a port number, not "${port}"`);
	log(`serving the course at http://localhost:${port}/ (English at http://localhost:${port}/en/)`);
	const child = spawn(bin('astro'), [command, '--port', port], { stdio: 'inherit', cwd: root });
	const stop = () => child.kill('SIGTERM');
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	child.on('exit', (code) => process.exit(code ?? 0));
}

const simEntry = join(root, 'src', 'sim', 'cli', 'main.ts');
const tasks = {
	start() {
		build();
		serve('preview');
	},
	dev() {
		serve('dev');
	},
	build,
	async package() {
		const options = process.argv.slice(3);
		const unknown = options.filter((option) => option !== '--scorm');
		if (unknown.length > 0) fail(`unknown option ${unknown[0]}; npm run package [-- --scorm]`);
		if (options.includes('--scorm')) {
			await packageScorm(scormZipPath());
			return;
		}
		const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
		const date = new Date().toISOString().slice(0, 10);
		build();
		const { zipSite } = await import('./zipSite.mjs');
		const outFile = join(root, `course-site-${version}-${date}.zip`);
		const { files, bytes } = zipSite(join(root, 'dist'), outFile);
		log(`wrote ${outFile}: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
	},
	check() {
		step('typecheck', bin('astro'), ['check', '--minimumSeverity', 'warning']);
	},
	lint() {
		step('lint', bin('biome'), ['check', '.']);
	},
	// No import cycles among the TypeScript modules (Astro files are not parsed: they import only downward, into .ts).
	cycles() {
		step('cycles', bin('dpdm'), [
			'--no-tree',
			'--no-warning',
			'--no-progress',
			'--transform',
			'--exit-code',
			'circular:1',
			'src/**/*.ts',
			'src/**/*.tsx',
			'scripts/**/*.ts',
		]);
	},
	format() {
		step('format', bin('biome'), ['check', '--write', '.']);
	},
	unit() {
		step('unit', bin('vitest'), ['run']);
	},
	async e2e() {
		requireChromium();
		if (!existsSync(join(root, 'dist', 'index.html'))) build();
		// scorm.spec needs the package; today's zip is reused when it is there, as dist/ is.
		const scormZip = scormZipPath();
		e2e(existsSync(scormZip) ? scormZip : await packageScorm(scormZip));
	},
	async test() {
		const started = Date.now();
		requireChromium();
		tasks.check();
		tasks.lint();
		tasks.cycles();
		tasks.unit();
		build();
		// Built afresh every run, like the site: scorm.spec tests this very zip in a SCORM runtime.
		e2e(await packageScorm(scormZipPath()));
		// Last, on an otherwise idle machine: Lighthouse's performance score is sensitive to load.
		step('audit', process.execPath, [join(root, 'scripts', 'audit.ts')]);
		printTimings();
		log(`all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	},
	sim() {
		run(process.execPath, [simEntry, ...process.argv.slice(3)]);
	},
	audit() {
		requireChromium();
		if (!existsSync(join(root, 'dist', 'index.html'))) build();
		step('audit', process.execPath, [join(root, 'scripts', 'audit.ts')]);
	},
	bench() {
		run(process.execPath, [join(root, 'scripts', 'bench.ts'), ...process.argv.slice(3)]);
	},
};

const name = process.argv[2];
if (!name || !(name in tasks)) fail(`unknown task "${name ?? ''}"; one of: ${Object.keys(tasks).join(', ')}`);
ensureNode();
ensureDependencies();
await tasks[name]();
