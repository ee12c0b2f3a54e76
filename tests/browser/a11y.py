"""Accessibility audits that run inside the browser, on the DOM and the styles it really computed.

Server-side HTML checks cannot see CSS: contrast and focus visibility only exist after the
browser has applied the stylesheet, so these checks evaluate JavaScript in the page. Each audit
returns what it examined as well as what failed, so a test can prove it was not vacuous.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

# WCAG 2.1 relative luminance and contrast ratio, plus the colour actually behind an element:
# the first non-transparent backgrounds of its ancestors, composited over the white canvas.
_COLOUR_JS = """
const parse = (css) => {
  const m = css.match(/^rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)$/);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
};
const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3]))
  .concat([1]);
const luminance = (rgb) => {
  const lin = rgb.slice(0, 3).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
};
const ratio = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const backdrop = (el) => {
  const layers = [];
  for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') return {unknown: style.backgroundImage};
    const colour = parse(style.backgroundColor);
    if (colour === null) return {unknown: style.backgroundColor};
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  return {rgb: layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1])};
};
const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
  + (el.className && typeof el.className === 'string' ? '.' + el.className.trim()
    .split(/\\s+/).join('.') : '');
"""

_CONTRAST_JS = (
    "() => {"
    + _COLOUR_JS
    + """
  const shown = (el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return style.visibility !== 'hidden' && Number(style.opacity) > 0 && box.width > 0
      && box.height > 0 && box.right > 0 && box.bottom > 0;
  };
  const ownText = (el) => {
    if (el.matches('input:not([type=hidden]), select, textarea')) return el.value || el.tagName;
    return Array.from(el.childNodes).filter((n) => n.nodeType === 3)
      .map((n) => n.textContent).join('').trim();
  };
  const checked = [];
  const failures = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('script, style, option') || !shown(el)) continue;
    const text = ownText(el);
    if (!text) continue;
    const style = getComputedStyle(el);
    const back = backdrop(el);
    const fore = parse(style.color);
    const where = describe(el);
    if (back.unknown || fore === null) {
      failures.push({where, text: text.slice(0, 60), problem: 'colour not computable',
                     detail: back.unknown || style.color});
      continue;
    }
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const needed = large ? 3 : 4.5;
    const got = ratio(over(fore, back.rgb), back.rgb);
    checked.push(where);
    if (got < needed) {
      failures.push({where, text: text.slice(0, 60), problem: 'low contrast',
                     detail: `${got.toFixed(2)}:1 < ${needed}:1 (${style.color} on rgb(${back.rgb
                       .slice(0, 3).map(Math.round)}))`});
    }
  }
  return {checked, failures};
}"""
)

_FOCUS_RING_JS = (
    "(el) => {"
    + _COLOUR_JS
    + """
  const style = getComputedStyle(el);
  const ring = parse(style.outlineColor);
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || !width || ring === null) {
    return {where: describe(el), ratio: 0, detail: 'no outline when focused'};
  }
  const around = backdrop(el.parentElement);
  if (around.unknown) return {where: describe(el), ratio: 0, detail: around.unknown};
  return {where: describe(el), ratio: ratio(over(ring, around.rgb), around.rgb),
          detail: `${style.outlineColor} on rgb(${around.rgb.slice(0, 3).map(Math.round)})`};
}"""
)

_UNNAMED_CONTROLS_JS = """() => {
  const text = (el) => (el.textContent || '').trim();
  const labelled = (el) => {
    if (el.getAttribute('aria-label')?.trim()) return true;
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
    if (ids.some((id) => text(document.getElementById(id) || document.createElement('i')))) {
      return true;
    }
    if (Array.from(el.labels || []).some((label) => text(label))) return true;
    if (el.tagName === 'BUTTON') return Boolean(text(el));
    if (['submit', 'reset', 'button'].includes(el.type)) return Boolean(el.value.trim());
    return false;
  };
  const controls = Array.from(
    document.querySelectorAll('input:not([type=hidden]), select, textarea, button'));
  return {
    checked: controls.length,
    unnamed: controls.filter((el) => !labelled(el)).map((el) => el.outerHTML.slice(0, 120)),
  };
}"""


def contrast_audit(page: Page) -> dict[str, Any]:
    """Every visible element with its own text: WCAG AA contrast (4.5:1, or 3:1 for large text).

    Returns ``checked`` (elements examined) and ``failures`` (each with where, text, detail).
    """
    return page.evaluate(_CONTRAST_JS)


def focus_ring_contrast(page: Page) -> dict[str, Any]:
    """Contrast of the focused element's outline against what surrounds it (WCAG 1.4.11: 3:1)."""
    return page.evaluate(f"() => ({_FOCUS_RING_JS})(document.activeElement)")


def unnamed_controls(page: Page) -> dict[str, Any]:
    """Form controls with no accessible name from a label, aria-label(ledby) or button text."""
    return page.evaluate(_UNNAMED_CONTROLS_JS)


def structure_problems(page: Page) -> list[str]:
    """Document-level defects: missing lang, not exactly one h1, images without alt,
    nameless links, duplicate ids, stylesheet not applied (which would void the contrast audit).
    """
    return page.evaluate(
        """() => {
      const problems = [];
      if (!document.documentElement.lang) problems.push('<html> has no lang');
      const h1 = document.querySelectorAll('h1').length;
      if (h1 !== 1) problems.push(`${h1} <h1> elements`);
      for (const img of document.querySelectorAll('img:not([alt])')) {
        problems.push('img without alt: ' + img.src);
      }
      for (const link of document.querySelectorAll('a[href]')) {
        if (!link.textContent.trim() && !link.getAttribute('aria-label')) {
          problems.push('link without text: ' + link.href);
        }
      }
      const seen = new Set();
      for (const el of document.querySelectorAll('[id]')) {
        if (seen.has(el.id)) problems.push('duplicate id: ' + el.id);
        seen.add(el.id);
      }
      const styled = Array.from(document.styleSheets)
        .some((sheet) => (sheet.href || '').includes('sufragio.css') && sheet.cssRules.length);
      if (!styled) problems.push('sufragio.css not loaded');
      return problems;
    }"""
    )
