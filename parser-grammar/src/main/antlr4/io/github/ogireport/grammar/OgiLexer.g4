/*
 * Lexer of the annual open-government-information report layout (政府信息公开工作年度报告).
 *
 * The input is the NORMALISED text that parser-core hands over: line ends are '\n' only, the text
 * ends with '\n', a BOM and zero-width characters are gone, form feeds are line ends, full-width
 * digits and parentheses are ASCII. Every other character reaches this lexer unchanged.
 *
 * The lexer is TOTAL: every character belongs to some token (the catch-all rules LS_TEXT and TEXT),
 * so lexing never fails, whatever the input. It has two modes:
 *   - DEFAULT_MODE is the start of a line: it tells the few things that only mean something there
 *     (Markdown heading marks, bold marks, a section number such as 三、);
 *   - LINE is the rest of the line: text runs, cell separators (tab, pipe) and the line end.
 * Whether a numbered line is a section heading or a row label (三、本年度办理结果 is both in the wild)
 * is NOT decided here: the parser sees whether cells follow, and parser-core checks the label.
 */
lexer grammar OgiLexer;

// ---- start of a line ---------------------------------------------------------------------------

/** Markdown heading marks ("## ", "####"). Stays at line start so a section number may follow. */
HASHES         : '#'+ ' '* ;

/** Markdown bold opening ("**二、…**"). Stays at line start so a section number may follow. */
BOLD           : '**' ' '* ;

/**
 * A Chinese section numeral with its enumeration comma: "一、", "六、", also "四 、" and "三." as seen
 * in extractions, possibly indented ("     二、…" in pdftotext -layout output). Longest match makes
 * "一是…" (no comma) fall to text instead. What follows it is the rest of the line ("一、**总体情况**",
 * "一、二、…" are text), so it switches to LINE: staying at line start would lex a second numeral or a
 * bold mark there, which no parser rule accepts.
 */
SECTION_NUMBER : ' '* [一二三四五六七八九十]+ ' '* [、.，,] ' '* -> mode(LINE) ;

LS_NL          : '\n' -> type(NL) ;
LS_TAB         : '\t' -> type(TAB), mode(LINE) ;
LS_PIPE        : '|'  -> type(PIPE), mode(LINE) ;
/**
 * Catch-all: a line starting with any char that starts no rule above is text up to the next
 * separator, one token. Permissive on purpose: lexing must never fail.
 */
LS_TEXT        : ~[\n\t|#*一二三四五六七八九十 ] ~[\n\t|]* -> type(TEXT), mode(LINE) ;
/**
 * Leading spaces that do not indent a section number ("   合计", "   二是…"): text; the rest of the
 * line follows in LINE. Kept apart from LS_TEXT so that LS_TEXT cannot outrun an indented
 * SECTION_NUMBER by longest match.
 */
LS_SPACES      : ' '+ -> type(TEXT), mode(LINE) ;
/**
 * A first char that could have started a mark or a section number but did not ("#" is always
 * HASHES; "*x", "一是…"): one char of text, the rest of the line follows in LINE.
 */
LS_MARK_TEXT   : [#*一二三四五六七八九十] -> type(TEXT), mode(LINE) ;

// ---- rest of a line ----------------------------------------------------------------------------

mode LINE;

NL             : '\n' -> mode(DEFAULT_MODE) ;
/** Cell separator of tab-separated extractions (Word, HTML copied to text). */
TAB            : '\t' ;
/** Cell separator of Markdown pipe tables. */
PIPE           : '|' ;
/** Catch-all run of anything else up to the next separator or line end: the text of one cell. */
TEXT           : ~[\n\t|]+ ;
