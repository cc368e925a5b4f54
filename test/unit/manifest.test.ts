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
