import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_TRACE, SAMPLE_TRACE_GPAW } from '../../src/samples/model';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Built-in commands the walkthrough links to (everything else must be one the extension contributes). None opens a file
 * by name: after an install from the Marketplace, the repository's files are not there.
 */
const BUILT_IN_COMMANDS = ['workbench.view.debug'];

interface Step {
  id: string;
  title?: string;
  description?: string;
  media?: { image?: string | Record<string, string>; svg?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
  when?: string;
}

const walkthrough: { id: string; title: string; steps: Step[] } | undefined = manifest.contributes.walkthroughs?.find(
  (w: { id: string }) => w.id === 'tdx.gettingStarted',
);
const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));

/** Every file a step's media names (an image may name one file per theme). */
function mediaFiles(step: Step): string[] {
  const m = step.media ?? {};
  const image = typeof m.image === 'string' ? [m.image] : Object.values(m.image ?? {});
  return [...image, ...(m.svg ? [m.svg] : []), ...(m.markdown ? [m.markdown] : [])];
}

/** Whether `.vscodeignore` (which ignores everything, then re-includes `!path` or `!folder/*.ext` lines) ships `file`. */
function shipped(file: string): boolean {
  const lines = readFileSync(join(root, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const pattern = `${file.slice(0, file.lastIndexOf('/') + 1)}*${file.slice(file.lastIndexOf('.'))}`;
  return lines.includes(`!${file}`) || lines.includes(`!${pattern}`);
}

describe('Get Started walkthrough', () => {
  it('is contributed as tdx.gettingStarted with its title and four steps', () => {
    assert.ok(walkthrough, 'contributes.walkthroughs has no tdx.gettingStarted');
    assert.equal(walkthrough.title, 'Get started with TDX Address Inspector');
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['tdx.chooseGpaw', 'tdx.hoverTrace', 'tdx.openInspector', 'tdx.inspectVariable'],
    );
  });

  it('gives every step a title, a description and media whose files exist and are packaged', () => {
    for (const step of walkthrough!.steps) {
      assert.ok(step.title?.trim(), `${step.id} has no title`);
      assert.ok(step.description?.trim(), `${step.id} has no description`);
      assert.ok(step.media?.altText?.trim() || step.media?.markdown, `${step.id} has no media altText`);
      const files = mediaFiles(step);
      assert.ok(files.length > 0, `${step.id} has no media file`);
      for (const file of files) {
        assert.ok(existsSync(join(root, file)), `${step.id}: ${file} does not exist`);
        assert.ok(shipped(file), `${step.id}: ${file} is not re-included by .vscodeignore`);
      }
    }
  });

  // VS Code puts an SVG step's markup into a page whose CSP is `style-src 'nonce-…'`: the SVG's own <style> element and
  // style attributes are dropped there, and every shape would be drawn black. Presentation attributes are kept.
  it('draws its SVG media with presentation attributes (theme colours), no <style> element or style attribute', () => {
    for (const step of walkthrough!.steps) {
      for (const file of mediaFiles(step).filter((f) => f.endsWith('.svg'))) {
        const svg = readFileSync(join(root, file), 'utf8');
        assert.doesNotMatch(svg, /<style|\sstyle=|\sclass=/, `${file} relies on CSS the Welcome page blocks`);
        assert.match(svg, /fill="var\(--vscode-[\w-]+, #[0-9a-f]+\)"/, `${file} takes its colours from the theme`);
      }
    }
  });

  // The Welcome page renders a step's links (as buttons when alone on a line) but shows `code` and **bold** as typed.
  it('writes step descriptions without Markdown the Welcome page would show raw (backticks, asterisks)', () => {
    for (const step of walkthrough!.steps) {
      assert.doesNotMatch(step.description!, /`|\*\*/, `${step.id}: ${step.description}`);
    }
  });

  it('links only to commands the extension contributes or the listed built-ins', () => {
    for (const step of walkthrough!.steps) {
      const links = [...step.description!.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(links.length > 0, `${step.id} has no command link`);
      const events = (step.completionEvents ?? []).filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length));
      for (const id of [...links, ...events]) {
        assert.ok(
          contributed.has(id) || BUILT_IN_COMMANDS.includes(id),
          `${step.id} names ${id}, neither contributed nor a listed built-in`,
        );
      }
    }
  });

  it('covers GPAW, the sample trace, the inspector and debugging, the last on the desktop only', () => {
    const description = (id: string) => walkthrough!.steps.find((s) => s.id === id)!.description!;
    assert.match(description('tdx.chooseGpaw'), /\(command:tdx\.selectGpaw\)/);
    assert.match(description('tdx.hoverTrace'), /\[Open Sample Trace\]\(command:tdx\.openSampleTrace\)/);
    assert.match(description('tdx.openInspector'), /\(command:tdx\.openInspector\)/);
    assert.match(description('tdx.inspectVariable'), /\(command:workbench\.view\.debug\)/);
    const debugStep = walkthrough!.steps.find((s) => s.id === 'tdx.inspectVariable')!;
    assert.equal(debugStep.when, '!isWeb');
    assert.ok(
      walkthrough!.steps.filter((s) => s !== debugStep).every((s) => s.when === undefined),
      'only the debug step is desktop-only',
    );
  });

  it('opens a sample trace built into the extension, which says on its first line which GPAW reads it right', () => {
    const step = walkthrough!.steps.find((s) => s.id === 'tdx.hoverTrace')!;
    const openSample = manifest.contributes.commands.find((c: { command: string }) => c.command === 'tdx.openSampleTrace');
    assert.deepEqual(openSample, { command: 'tdx.openSampleTrace', title: 'Open Sample Trace', category: 'TDX' });
    const first = SAMPLE_TRACE.split('\n')[0];
    assert.match(first, new RegExp(`^# TDX host: KVM trace of a TD with GPAW ${SAMPLE_TRACE_GPAW} \\(tdx\\.gpaw ${SAMPLE_TRACE_GPAW}\\)`));
    assert.match(step.description!, new RegExp(`GPAW ${SAMPLE_TRACE_GPAW}`), "the step names the sample's GPAW");
    assert.match(step.description!, new RegExp(`\\(command:tdx\\.selectGpaw\\?%5B${SAMPLE_TRACE_GPAW}%5D\\)`), 'and links to setting it');
    // The address the step tells the user to hover is in the sample, on a kvm_page_fault line.
    const hovered = /hover address (0x[0-9a-f]+)/.exec(step.description!)?.[1];
    assert.ok(hovered, 'the step names an address to hover');
    assert.ok(
      SAMPLE_TRACE.split('\n').some((l) => l.includes('kvm_page_fault:') && l.includes(`address ${hovered}`)),
      `${hovered} is on a kvm_page_fault line of the sample`,
    );
  });

  it("says where the TD's GPAW comes from, and that the host's MAXPHYADDR does not tell it", () => {
    const gpawStep = walkthrough!.steps.find((s) => s.id === 'tdx.chooseGpaw')!;
    const setting: string = manifest.contributes.configuration.properties['tdx.gpaw'].markdownDescription;
    for (const text of [gpawStep.description!, setting]) {
      assert.match(text, /TDG\.VP\.INFO/);
      assert.match(text, /kvm->arch\.gfn_direct_bits/);
      assert.match(text, /host's (own )?MAXPHYADDR/);
      assert.doesNotMatch(text, /never from MAXPHYADDR/, 'the guest CPUID the VMM passes does decide it');
    }
    assert.match(setting, /setup_tdparams/);
    assert.match(gpawStep.title!, /^Set your TD's GPAW first$/);
  });
});
