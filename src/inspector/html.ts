/** A fresh 144-bit CSP nonce (base64) from the platform's CSPRNG, for each HTML the panel sets. */
export function newNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/**
 * The panel's HTML: strict CSP with a per-render nonce, the bundled script and stylesheet, no inline code. Not indented:
 * the bundle keeps a template's whitespace, and a line break renders like any indentation.
 */
export function inspectorHtml(opts: { cspSource: string; scriptUri: string; styleUri: string; nonce: string }): string {
  const csp = [
    "default-src 'none'",
    `style-src ${opts.cspSource}`,
    `font-src ${opts.cspSource}`,
    `img-src ${opts.cspSource}`,
    `script-src 'nonce-${opts.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${opts.styleUri}">
<title>TDX Address Inspector</title>
</head>
<body>
<main>
<div class="row">
<label for="address" class="note">Address</label>
<input id="address" type="text" spellcheck="false" autocomplete="off" placeholder="0x8000_0000_1234, gfn 8000fee00, 00008000\`00001234 or decimal" aria-describedby="error">
<div class="segmented" role="group" aria-label="Address kind">
<button type="button" data-kind="gpa" aria-pressed="true" title="Read the value as a guest physical address">GPA</button>
<button type="button" data-kind="gfn" aria-pressed="false" title="Read the value as a guest frame number (GPA >> 12)">GFN</button>
</div>
</div>
<div id="error" role="alert" aria-live="polite"></div>
<div class="row">
<div class="segmented" role="group" aria-label="Guest physical address width (writes tdx.gpaw)">
<button type="button" data-gpaw="48" aria-pressed="false">GPAW 48</button>
<button type="button" data-gpaw="52" aria-pressed="false">GPAW 52</button>
</div>
<span id="gpaw-note" class="note"></span>
<span id="status" class="badge empty" role="status">enter an address</span>
</div>
<p id="status-note" class="note" aria-live="polite"></p>
<section id="details" hidden>
<h2>Bits</h2>
<div id="ruler" aria-label="64-bit ruler, bit 63 first"></div>
<div id="legend"></div>
<h2>Conversions</h2>
<table><tbody id="conversions"></tbody></table>
<h2 id="ept-title">EPT indices</h2>
<ul id="ept"></ul>
<div class="row">
<button type="button" id="walk-ept" hidden title="Read the EPT entries for this address through the debugger">Walk EPT</button>
<span id="walk-note" class="note"></span>
</div>
<section id="walk" hidden aria-live="polite">
<h2 id="walk-title">EPT walk</h2>
<table>
<thead><tr><th scope="col">Level</th><th scope="col">Table HPA</th><th scope="col">Index</th><th scope="col">Entry</th><th scope="col">Flags</th></tr></thead>
<tbody id="walk-rows"></tbody>
</table>
<p id="walk-result"></p>
</section>
</section>
<h2>History</h2>
<ul id="history" aria-label="Inspected addresses, most recent first"></ul>
<button type="button" id="clear-history">Clear history</button>
</main>
<script nonce="${opts.nonce}" src="${opts.scriptUri}"></script>
</body>
</html>`;
}
