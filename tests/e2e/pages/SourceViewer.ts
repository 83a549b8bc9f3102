// The report text beside the review grid, with every fact's span marked.
import type { Locator, Page } from '@playwright/test';

export class SourceViewer {
  readonly root: Locator;
  readonly title: Locator;
  readonly factLine: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('source-text');
    this.title = page.getByTestId('source-title');
    this.factLine = page.getByTestId('source-fact');
  }

  marks(): Locator {
    return this.root.locator('mark.fact-span');
  }

  /** The marks of the selected fact (one fact's span may be cut into several runs by overlapping facts). */
  selectedMarks(): Locator {
    return this.root.locator('mark.fact-span.selected');
  }

  currentSentence(): Locator {
    return this.root.locator('.sentence.current');
  }

  markOf(factId: number): Locator {
    return this.root.locator(`mark[data-fact-ids~="${factId}"]`);
  }

  async selectedText(): Promise<string> {
    return (await this.selectedMarks().allTextContents()).join('');
  }

  /** Whether an element is inside the viewer's visible scroll area (not merely in the DOM). */
  async isScrolledIntoView(el: Locator): Promise<boolean> {
    const [box, target] = await Promise.all([this.root.boundingBox(), el.boundingBox()]);
    if (!box || !target) return false;
    return target.y >= box.y && target.y + target.height <= box.y + box.height;
  }
}
