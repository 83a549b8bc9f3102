// How the briefing prints and which cells are bold. SheetJS 0.18 (community) writes neither page setup nor cell
// styles, so both are added to the written parts (frozen-panes.ts applies them):
// - every sheet prints landscape on A4, fitted to the page's width (as many pages down as it needs), with its
//   header rows and label columns repeated on each page (defined names, written by SheetJS from wb.Workbook.Names)
//   and a footer naming the briefing and the page;
// - bold is carried by the cell's number format, the one style SheetJS does write: a header's text cell has the
//   text format "@", a total's number has its unit's format with an explicit text section (";@"), which shows the
//   number exactly as the plain format does. styles.xml then gives the bold font to every style with such a format.
// - the fonts are named for Chinese text (等线, what Excel and WPS use for CJK by default; LibreOffice substitutes
//   its CJK font), not SheetJS's Latin-only Calibri.

/** The text format: a header or total label cell that should print bold. */
export const BOLD_TEXT_FORMAT = '@';

/** A number format that prints exactly as `format` and marks its cell bold (see styles below). */
export function boldNumberFormat(format: string): string {
  return `${format};-${format};${format};@`;
}

const isBoldFormat = (code: string) => code === BOLD_TEXT_FORMAT || code.endsWith(';@');

export function fitToPageXml(): string {
  return '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Landscape A4, one page wide; a footer with the briefing's name on the left and "第 n 页 / 共 m 页" on the right. */
export function pageSetupXml(footer: string): string {
  // In header/footer codes '&' starts a code, so a literal one is doubled before the XML escaping.
  const left = xmlEscape(footer.replace(/&/g, '&&'));
  return '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    + `<headerFooter><oddFooter>&amp;L${left}&amp;R第 &amp;P 页 / 共 &amp;N 页</oddFooter></headerFooter>`;
}

const FONTS = '<fonts count="2">'
  + '<font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>'
  + '<font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>'
  + '</fonts>';

/** SheetJS's styles.xml with CJK fonts, and the bold font on every cell style whose number format marks bold. */
export function finishedStyles(xml: string): string {
  const codes = new Map<string, string>([['49', BOLD_TEXT_FORMAT]]);
  for (const m of xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)) codes.set(m[1]!, unescapeXml(m[2]!));
  const withFonts = xml.replace(/<fonts[^>]*>[\s\S]*?<\/fonts>/, FONTS);
  return withFonts.replace(/<cellXfs[^>]*>[\s\S]*?<\/cellXfs>/, (block) =>
    block.replace(/<xf numFmtId="(\d+)" fontId="0"/g, (xf, id: string) => (isBoldFormat(codes.get(id) ?? '') ? `<xf numFmtId="${id}" fontId="1" applyFont="1"` : xf)));
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Defined names with absolute references: SheetJS writes the autofilter's range as 'Sheet'!A1:R439, which
 * LibreOffice drops (a filter range must be absolute); print titles and areas are written absolute already.
 */
export function absoluteDefinedNames(xml: string): string {
  return xml.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_, open: string, ref: string, close: string) =>
    open + ref.replace(/(!|:)([A-Z]{1,3})(\d+)\b/g, '$1$$$2$$$3') + close);
}

/** A sheet name as a reference writes it: quoted, an apostrophe inside doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
