// Every message between the extension's parts, named by direction, with the
// shape each carries. One place, so a renamed field breaks loudly.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.messages) return;
  L.messages = Object.freeze({
    /** background→content: the toolbar button or the toggle command. Reply: {state: 'painted'|'cleared'|'error', counts?, error?} */
    TOGGLE: 'background→content:toggle',
    /** background→content: {command: 'next'|'previous'} from a keyboard shortcut. */
    COMMAND: 'background→content:command',
    /** content→background: {input}. Reply: {report, ms} or {error}. */
    ANNOTATE: 'content→background:annotate',
    /** content→background: {css} ::highlight rules to insert in the sender's frame. Reply: {ok} or {error}. */
    STYLE: 'content→background:style',
    /** content→background: {css: [string]} the page was cleared; drop the styles inserted for it. */
    CLEARED: 'content→background:cleared',
    /** content→background: {counts} after painting, for the badge. */
    COUNTS: 'content→background:counts',
  });
})();
