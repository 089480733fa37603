/**
 * The element's styles, inside its shadow root. Everything a host page may want to match
 * is a CSS custom property (documented in the plugin README), set on the element or above it.
 */
export const STYLES = `
:host {
  display: block;
  font-family: var(--rif-font, system-ui, -apple-system, 'Segoe UI', sans-serif);
  font-size: var(--rif-font-size, 1rem);
  line-height: 1.5;
  color: var(--rif-text, #1d2330);
  --_accent: var(--rif-accent, #2f4de0);
  --_border: var(--rif-border, #8a93a6);
  --_error: var(--rif-error, #b3261e);
  --_muted: var(--rif-muted, #4a5264);
  --_radius: var(--rif-radius, 6px);
  --_gap: var(--rif-spacing, 1rem);
  --_focus: var(--rif-focus, #ffb020);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.rif { background: var(--rif-background, transparent); max-width: var(--rif-max-width, 46rem); }
h2, h3, h4 { line-height: 1.25; margin: 0 0 calc(var(--_gap) / 2); }
p { margin: 0 0 calc(var(--_gap) / 2); }
form > * + *, .result > * + * { margin-top: var(--_gap); }
fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_gap); margin: 0; min-width: 0; background: var(--rif-surface, #fff); }
fieldset.question { border: 0; padding: 0; background: none; }
legend { font-weight: 600; padding: 0 0.25rem; }
fieldset.question > legend { padding: 0; }
.section > legend { font-size: 1.15em; }
.field { margin-top: var(--_gap); }
.field:first-of-type { margin-top: calc(var(--_gap) / 2); }
label { display: block; font-weight: 600; }
.option, .check { display: flex; gap: 0.5rem; align-items: flex-start; font-weight: 400; margin-top: 0.35rem; cursor: pointer; }
.option input, .check input { margin-top: 0.3rem; flex: none; width: 1.1rem; height: 1.1rem; accent-color: var(--_accent); }
.help { color: var(--_muted); font-size: 0.9em; margin: 0.15rem 0 0.35rem; }
input[type='text'], input[type='email'], input[type='number'], textarea {
  display: block; width: 100%; font: inherit; color: inherit; padding: 0.5rem 0.6rem;
  border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--rif-input-background, #fff);
}
textarea { min-height: 6rem; resize: vertical; }
[aria-invalid='true'] { border-color: var(--_error); border-width: 2px; }
.error { color: var(--_error); font-weight: 600; margin: 0.35rem 0 0; }
.error:empty { display: none; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
input:focus-visible, textarea:focus-visible { outline: 3px solid var(--_focus); outline-offset: 1px; }
button {
  font: inherit; font-weight: 600; padding: 0.65rem 1.4rem; border: 0; border-radius: var(--_radius); cursor: pointer;
  background: var(--_accent); color: var(--rif-accent-contrast, #fff);
}
button[aria-disabled='true'] { opacity: 0.7; cursor: progress; }
.summary:not(:empty) { border: 2px solid var(--_error); border-radius: var(--_radius); padding: var(--_gap); background: var(--rif-error-background, #fdf0ef); }
.summary a { color: var(--_error); }
.status:empty { display: none; }
.status { color: var(--_muted); }
.hp { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden; }
.result { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_gap); background: var(--rif-surface, #fff); }
.band { font-size: 1.3em; }
.score { font-size: 2em; font-weight: 700; margin: 0; }
.dimensions { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.6rem; }
.meter { height: 0.75rem; border-radius: 999px; background: var(--rif-meter-track, #e3e6ee); overflow: hidden; }
.meter > span { display: block; height: 100%; background: var(--_accent); }
[data-band='ready'] .band { color: var(--rif-band-ready, #1b7f3b); }
[data-band='close'] .band { color: var(--rif-band-close, #8a5a00); }
[data-band='foundation'] .band { color: var(--rif-band-foundation, #9b2c2c); }
.recommendations a { color: var(--_accent); font-weight: 600; }
`;
