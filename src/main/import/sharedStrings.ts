import { TagCursor } from './xmlCursor'

/**
 * Collects the text of one string item, <si> of sharedStrings.xml or <is> of an inline string:
 * the <t> directly inside it or the <t> of each rich-text run <r>, concatenated; phonetic
 * guides (<rPh>, furigana) are not part of the cell's text and are skipped.
 */
export class StringItem {
  private text = ''
  private phonetic = 0

  reset(): void {
    this.text = ''
    this.phonetic = 0
  }

  /** Feeds a tag met inside the item. */
  tag(cursor: TagCursor): void {
    if (cursor.selfClosing) return
    if (cursor.is('rPh')) this.phonetic += !cursor.closing && !cursor.selfClosing ? 1 : -1
    else if (cursor.closing && this.phonetic === 0 && cursor.is('t')) this.text += cursor.text()
  }

  value(): string {
    return this.text
  }
}

/** Reads sharedStrings.xml as it streams by into the table cells index with t="s". */
export class SharedStringsParser {
  readonly strings: string[] = []
  private readonly cursor = new TagCursor()
  private readonly item = new StringItem()
  private inItem = false

  push(text: string): void {
    const cursor = this.cursor
    cursor.feed(text)
    while (cursor.next()) {
      if (cursor.is('si')) {
        if (!cursor.closing && !cursor.selfClosing) {
          this.inItem = true
          this.item.reset()
        } else {
          // <si/> is an empty string, still a slot in the table.
          this.strings.push(cursor.closing ? this.item.value() : '')
          this.inItem = false
        }
      } else if (this.inItem) this.item.tag(cursor)
    }
  }
}
