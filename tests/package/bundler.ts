// Bundling the built package as an application would, for the bundle-size and edge tests.
import { build, type Metafile, type Plugin } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../helpers.js';

export interface BundleOptions {
  platform?: 'browser' | 'neutral';
  /** 'esm' for sizes; 'iife' leaves the exports on globalThis.lib, for a script-only runtime. */
  format?: 'esm' | 'iife';
  minify?: boolean;
  plugins?: Plugin[];
  mainFields?: string[];
}

export interface Bundle { code: string; minified: number; gzip: number; packages: string[] }

/** Bundles `source`, resolved from the repository (so `atoma` is the built package itself). */
export async function bundle(source: string, options: BundleOptions = {}): Promise<Bundle> {
  const { platform = 'browser', format = 'esm', minify = true, plugins = [], mainFields } = options;
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'js' },
    bundle: true, minify, format, platform, plugins, write: false, metafile: true, logLevel: 'silent',
    ...(format === 'iife' ? { globalName: 'lib' } : {}),
    ...(mainFields ? { mainFields } : {}),
  });
  const bytes = result.outputFiles[0]!.contents;
  return { code: result.outputFiles[0]!.text, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, packages: packagesIn(result.metafile) };
}

/** The npm packages whose code is in the bundle (resolved but shaken out entirely does not count). */
function packagesIn(metafile: Metafile): string[] {
  const names = new Set<string>();
  const output = Object.values(metafile.outputs)[0]!;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = bytesInOutput > 0 ? /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input) : null;
    if (match) names.add(match[1]!);
  }
  return [...names].sort();
}

/**
 * Resolves the named packages to an empty CommonJS module. For postcss: sanitize-html loads it
 * only to parse `style` attributes, which atoma's allowlists never keep (parseStyleAttributes is
 * off), and it is what needs Node's fs, path and url.
 */
export function emptyModules(...names: string[]): Plugin {
  const filter = new RegExp(`^(?:${names.join('|')})$`);
  return {
    name: 'empty-modules',
    setup(plugin) {
      plugin.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'empty-module' }));
      plugin.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
}

/** The settings the full `atoma` entry needs on esbuild's neutral platform (docs/bundles.md). */
export const NEUTRAL_FULL_ENTRY: BundleOptions = { platform: 'neutral', mainFields: ['module', 'main'], plugins: [emptyModules('postcss')] };
