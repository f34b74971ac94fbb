#!/usr/bin/env node
/* global console, process, URL */
// A dry run of `changeset version`: copies the workspace's package.json
// files, CHANGELOG.md files and .changeset/ into a temporary sandbox (no git,
// nothing in the repository is touched), runs `changeset version` there, and
// checks the outcome:
//   - every publishable package (not private, under packages/, apps/ or
//     examples/) that has never been released (no CHANGELOG.md yet) gets a
//     new version, and every new version gets a CHANGELOG.md entry;
//   - no package gets a major bump that no changeset asked for (with
//     changesets, a peer dependency bumped out of the dependent's range makes
//     the dependent major);
//   - every changeset names only packages of the workspace.
// Prints a table of the planned versions; exits 1 when a check fails.
//
// Usage: node tools/changeset-dry-run.mjs [--keep] [--root DIR]
//   --root DIR   dry-run the workspace in DIR instead of this repository (for tests)
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const rootFlag = process.argv.indexOf('--root');
const ROOT = rootFlag === -1 ? REPO : process.argv[rootFlag + 1];
const PUBLISHED_FOLDERS = ['packages', 'apps', 'examples'];
const WORKSPACE_FOLDERS = [...PUBLISHED_FOLDERS, 'tools'];
const CHANGESET_BIN = join(REPO, 'node_modules', '@changesets', 'cli', 'bin.js');

/** Every package.json of the workspace folders (not in node_modules), as { path, manifest }. */
function workspacePackages(root) {
  const found = [];
  const visit = (dir) => {
    const manifestPath = join(dir, 'package.json');
    if (existsSync(manifestPath)) {
      found.push({ path: relative(root, dir).split('\\').join('/'), manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) });
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(join(dir, entry.name));
    }
  };
  for (const folder of WORKSPACE_FOLDERS) if (existsSync(join(root, folder))) visit(join(root, folder));
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** The releases a changeset file asks for: { name: 'major' | 'minor' | 'patch' }. */
function releasesOf(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const releases = {};
  if (!match) return releases;
  for (const line of match[1].split(/\r?\n/)) {
    const release = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (release) releases[release[1].trim()] = release[2];
  }
  return releases;
}

function parseVersion(version) {
  const [major, minor, patch] = String(version).split('-')[0].split('.').map(Number);
  return { major, minor, patch };
}

function bumpOf(from, to) {
  if (from === to) return 'none';
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (b.major !== a.major) return 'major';
  if (b.minor !== a.minor) return 'minor';
  return 'patch';
}

/** Why changesets made a package major: a bumped workspace package it has as a peer dependency. */
function peerCause(manifest, afterOf) {
  const bumped = Object.entries(manifest.peerDependencies ?? {})
    .filter(([name]) => afterOf.has(name) && afterOf.get(name).version !== packagesBefore.get(name))
    .map(([name, range]) => `${name} ${range} -> ${afterOf.get(name).version}`);
  return bumped.length ? ` (peer dependency out of range: ${bumped.join(', ')})` : '';
}

let packagesBefore = new Map();

function run(command, args, cwd) {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

function makeSandbox(packages) {
  const sandbox = mkdtempSync(join(tmpdir(), 'tclint-changeset-dry-run-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(ROOT, file), join(sandbox, file));
  cpSync(join(ROOT, '.changeset'), join(sandbox, '.changeset'), { recursive: true });
  for (const { path } of packages) {
    mkdirSync(join(sandbox, path), { recursive: true });
    cpSync(join(ROOT, path, 'package.json'), join(sandbox, path, 'package.json'));
    if (existsSync(join(ROOT, path, 'CHANGELOG.md'))) cpSync(join(ROOT, path, 'CHANGELOG.md'), join(sandbox, path, 'CHANGELOG.md'));
  }
  // the changelog generator named in .changeset/config.json is resolved from the sandbox
  symlinkSync(join(REPO, 'node_modules'), join(sandbox, 'node_modules'), 'dir');
  return sandbox;
}

function isPublishable({ path, manifest }) {
  return manifest.private !== true && PUBLISHED_FOLDERS.some((f) => path.startsWith(`${f}/`));
}

function table(rows) {
  const header = ['package', 'path', 'from', 'to', 'bump', 'asked for', 'problem'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main() {
  const keep = process.argv.includes('--keep');
  const packages = workspacePackages(ROOT);
  packagesBefore = new Map(packages.map((p) => [p.manifest.name, p.manifest.version]));
  const names = new Set(packages.map((p) => p.manifest.name));
  const problems = [];

  // what the changesets ask for, by package
  const asked = {};
  const changesetFiles = readdirSync(join(ROOT, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  if (changesetFiles.length === 0) {
    const unreleased = packages.filter((p) => isPublishable(p) && !existsSync(join(ROOT, p.path, 'CHANGELOG.md')));
    if (unreleased.length === 0) {
      console.log('changeset dry run: no pending changesets, nothing to version');
      return 0;
    }
    problems.push(`.changeset/ has no changesets, and ${unreleased.map((p) => p.manifest.name).join(', ')} ${unreleased.length === 1 ? 'has' : 'have'} never been released`);
  }
  for (const file of changesetFiles) {
    const releases = releasesOf(readFileSync(join(ROOT, '.changeset', file), 'utf8'));
    if (Object.keys(releases).length === 0) problems.push(`.changeset/${file}: names no package`);
    for (const [name, type] of Object.entries(releases)) {
      if (!names.has(name)) problems.push(`.changeset/${file}: "${name}" is not a package of the workspace`);
      (asked[name] ??= []).push(type);
    }
  }

  const sandbox = makeSandbox(packages);
  try {
    const result = await run(process.execPath, [CHANGESET_BIN, 'version'], sandbox);
    if (result.code !== 0) {
      for (const p of problems) console.log(`  - ${p}`);
      console.log(`changeset version failed in the sandbox:\n${result.output}`);
      return 1;
    }
    const afterOf = new Map(packages.map(({ path, manifest }) => [manifest.name, JSON.parse(readFileSync(join(sandbox, path, 'package.json'), 'utf8'))]));
    const rows = [];
    for (const { path, manifest } of packages) {
      const after = afterOf.get(manifest.name);
      const bump = bumpOf(manifest.version, after.version);
      const publishable = isPublishable({ path, manifest });
      const released = existsSync(join(ROOT, path, 'CHANGELOG.md'));
      const wanted = asked[manifest.name] ?? [];
      let problem = '';
      if (publishable && bump === 'none' && !released) problem = 'never released and no new version (add a changeset)';
      else if (bump === 'major' && !wanted.includes('major')) problem = `major bump no changeset asked for${peerCause(manifest, afterOf)}`;
      else if (bump !== 'none' && publishable) {
        const changelog = join(sandbox, path, 'CHANGELOG.md');
        if (!existsSync(changelog) || !readFileSync(changelog, 'utf8').includes(`## ${after.version}\n`)) problem = `no CHANGELOG.md entry for ${after.version}`;
      }
      if (problem) problems.push(`${manifest.name} (${path}): ${problem}`);
      if ((publishable && !released) || bump !== 'none') rows.push([manifest.name, path, manifest.version, after.version, bump, [...new Set(wanted)].join(', ') || '-', problem]);
    }
    console.log(table(rows));
    console.log('');
    if (problems.length) {
      console.log(`changeset dry run: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
      for (const p of problems) console.log(`  - ${p}`);
      return 1;
    }
    console.log(`changeset dry run: ${rows.length} packages get new versions, none an unintended major`);
    return 0;
  } finally {
    if (keep) console.log(`sandbox kept: ${sandbox}`);
    else rmSync(sandbox, { recursive: true, force: true });
  }
}

process.exitCode = await main();
