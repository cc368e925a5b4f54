import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseSettings, SETTING_DEFAULTS, SETTING_KEYS, TdxSettings } from '../../src/tdx/settings';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown; enum?: unknown[]; scope?: string }> = manifest.contributes.configuration.properties;

describe('package.json agrees with the code', () => {
  it('declares exactly the settings the code reads, with the same defaults', () => {
    const declared = Object.keys(properties).sort();
    const read = Object.values(SETTING_KEYS)
      .map((k) => `tdx.${k}`)
      .sort();
    assert.deepEqual(declared, read);
    for (const field of Object.keys(SETTING_KEYS) as (keyof TdxSettings)[]) {
      assert.deepEqual(properties[`tdx.${SETTING_KEYS[field]}`].default, SETTING_DEFAULTS[field], `default of tdx.${SETTING_KEYS[field]}`);
    }
    assert.deepEqual(properties['tdx.gpaw'].enum, [48, 52]);
    assert.equal(properties['tdx.gpaw'].scope, 'resource');
  });

  it('declares every command the source registers, in category TDX', () => {
    const src = readFileSync(join(root, 'src/platform/commandIds.ts'), 'utf8');
    const ids = [...src.matchAll(/= '(tdx\.[A-Za-z.]+)'/g)].map((m) => m[1]).sort();
    const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, ids);
    assert.ok(manifest.contributes.commands.every((c: { category: string }) => c.category === 'TDX'));
  });

  it('has the fixed identity, engine and activation', () => {
    assert.equal(`${manifest.publisher}.${manifest.name}`, 'tdx-tools.tdx-address-inspector');
    assert.equal(manifest.displayName, 'TDX Address Inspector');
    assert.equal(manifest.engines.vscode, '^1.90.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '~1.90.0');
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, manifest.main, 'one bundle serves the Node and the web worker extension hosts');
    assert.deepEqual(manifest.activationEvents, ['onStartupFinished', 'onWebviewPanel:tdx.inspector']);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    assert.ok(manifest.capabilities.untrustedWorkspaces.supported);
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, [
      'tdx.debug.gpawExpressions',
      'tdx.ept.rootExpressions',
      'tdx.ept.physToVirt',
    ]);
  });
});

describe('settings normalisation', () => {
  it('uses defaults for unset values', () => {
    const { settings, warnings } = normaliseSettings(() => undefined);
    assert.deepEqual(settings, SETTING_DEFAULTS);
    assert.deepEqual(warnings, []);
  });

  it('warns once per invalid value, naming it and what is accepted, and uses the default', () => {
    const raw: Record<string, unknown> = {
      gpaw: 57,
      'hover.enabled': 'yes',
      'detect.labelledBareHex': 1,
      'format.grouping': 'dots',
      'inlayHints.enabled': null,
      'debug.annotateConsole': [],
      'debug.annotateOutput': {},
      'debug.gpawExpressions': ['ok', 42],
    };
    const { settings, warnings } = normaliseSettings((k) => raw[k]);
    assert.deepEqual(settings, SETTING_DEFAULTS);
    assert.equal(warnings.length, 7);
    assert.match(warnings[0], /^Setting tdx\.gpaw has the invalid value 57; accepted: 48 or 52\. Using the default 52\.$/);
    assert.ok(warnings.some((w) => /tdx\.format\.grouping has the invalid value "dots"; accepted: "underscore" or "none"/.test(w)));
    assert.ok(warnings.some((w) => /tdx\.debug\.gpawExpressions .*\["ok",42\]/.test(w)));
  });

  it('keeps valid values', () => {
    const { settings } = normaliseSettings((k) => ({ gpaw: 48, 'format.grouping': 'none' })[k as 'gpaw']);
    assert.equal(settings.gpaw, 48);
    assert.equal(settings.grouping, 'none');
  });
});

/** The cells of every row of README's table under the heading `heading` (header and separator rows left out). */
function readmeTable(heading: string): string[][] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(`\n${heading}\n`);
  assert.ok(at >= 0, `README has a "${heading}" section`);
  const rows: string[][] = [];
  for (const line of readme.slice(at + heading.length + 2).split('\n')) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) continue;
    rows.push(
      line
        .slice(1, line.lastIndexOf('|'))
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2);
}

describe('README agrees with package.json', () => {
  const hidden = new Set(
    (manifest.contributes.menus.commandPalette as { command: string; when: string }[])
      .filter((m) => m.when === 'false')
      .map((m) => m.command),
  );
  const inMenus = new Set(
    Object.entries(manifest.contributes.menus as Record<string, { command?: string }[]>)
      .filter(([menu]) => menu !== 'commandPalette')
      .flatMap(([, items]) => items.map((i) => i.command)),
  );
  /** Commands a user can meet: in the Command Palette, or in a menu. Hover-link and internal commands are not listed. */
  const userCommands = (manifest.contributes.commands as { command: string; title: string }[]).filter(
    (c) => !hidden.has(c.command) || inMenus.has(c.command),
  );

  it('lists every command a user can meet, with its title as package.json gives it, and no other', () => {
    const rows = readmeTable('## Commands');
    const listed = new Map(rows.map(([title, id]) => [id.replace(/^`|`$/g, ''), title]));
    for (const c of userCommands) {
      assert.ok(listed.has(c.command), `README's Commands table has no row for ${c.command}`);
      assert.equal(listed.get(c.command), c.title, `README's title of ${c.command}`);
    }
    assert.deepEqual(
      [...listed.keys()].sort(),
      userCommands.map((c) => c.command).sort(),
      'README lists only commands package.json contributes to users',
    );
  });

  it('lists every setting with its default and its description as package.json gives them', () => {
    const rows = readmeTable('## Settings');
    const listed = new Map(rows.map(([key, value, description]) => [key.replace(/^`|`$/g, ''), { value, description }]));
    const declared = manifest.contributes.configuration.properties as Record<
      string,
      { default: unknown; description?: string; markdownDescription?: string }
    >;
    assert.deepEqual(
      [...listed.keys()].sort(),
      Object.keys(declared).sort(),
      "README's Settings table lists exactly the declared settings",
    );
    for (const [key, p] of Object.entries(declared)) {
      assert.equal(listed.get(key)!.value, `\`${JSON.stringify(p.default)}\``, `README's default of ${key}`);
      assert.equal(listed.get(key)!.description, p.markdownDescription ?? p.description, `README's description of ${key}`);
    }
  });
});
