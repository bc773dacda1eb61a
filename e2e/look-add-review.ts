// Screenshots of the add-article review at 1440×900 and on a phone (390×844), for a person to look
// at: `npm run build && npx tsx e2e/look-add-review.ts [out-dir]`. The pasted web page, the review
// with a party changed, the bottom bar scrolled, a draft brought back after closing, the discard ask.
import { inEachView, lookAt } from './driver';

const PAGE =
  '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>合川广安携手共建川渝文旅交通走廊</title><style>body{}</style></head><body>' +
  '<h1>合川广安携手共建川渝文旅交通走廊</h1><p>重庆日报 2024年6月13日</p><p>本报讯（记者 李明）6月12日，合川区与广安市在合川签署《文化旅游和交通基础设施合作框架协议》。' +
  '根据协议，双方将联合推出“嘉陵江—华蓥山”精品旅游线路，互认景区门票优惠政策，并加快推进合川至广安快速通道建设。</p>' +
  '<p>同日，合川区文化旅游委与广安市武胜县文广旅局签订了景区联合营销协议，两地将互送客源、共办节会。</p></body></html>';

await lookAt(({ out, open }) =>
  inEachView(open, out, async (page, shot) => {
    await page.getByTestId('add-article-open').click();
    await page.getByTestId('article-text').fill(PAGE);
    await shot('1-html-pasted');
    await page.getByTestId('read-article').click();
    await page.getByTestId('article-review').waitFor();
    await shot('2-review-top');
    const route = page.getByTestId('proposal').filter({ hasText: '精品旅游线路' }).first();
    await route.getByTestId('change-party').first().click();
    await route.getByTestId('place-picker-input').fill('guangan');
    await route.locator('[data-testid="place-picker-hit"][data-code="511600"]').click();
    await route.getByTestId('proposal-title-zh').scrollIntoViewIfNeeded();
    await shot('3-party-changed');
    await route.getByTestId('accept').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('add-article-open').click();
    await page.getByTestId('article-review').waitFor();
    await shot('4-draft-back');
    await page.getByTestId('discard-draft').click();
    await shot('5-discard-ask');
  }),
);
