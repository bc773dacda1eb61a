import { describe, expect, it } from 'vitest';
import { headlineOf } from './headline';

describe('headlineOf', () => {
  it('takes the first line with text as the title, trimmed, spaces collapsed', () => {
    expect(headlineOf('\n\n  川渝毗邻地区再添合作新成果 \n\n本报记者 王川\n\n2024年4月18日，……')).toBe('川渝毗邻地区再添合作新成果');
    expect(headlineOf('\uFEFF发挥旗舰作用　　两江新区、天府新区打造内陆开放门户\r\n正文')).toBe('发挥旗舰作用 两江新区、天府新区打造内陆开放门户');
    expect(headlineOf('# 持续增强产业引领和科技创新功能\n\n正文')).toBe('持续增强产业引领和科技创新功能');
  });

  it('offers nothing when the first line is body text, or there is no text', () => {
    expect(headlineOf('2024年4月18日，重庆市潼南区与四川省遂宁市船山区在潼南召开川渝毗邻地区合作推进会。')).toBeNull();
    expect(headlineOf('会上'.repeat(50))).toBeNull();
    expect(headlineOf(' \n\u3000\n')).toBeNull();
  });

  it('reads a pasted web page as a chosen file is read: the page’s <title> (or <h1>), never <!DOCTYPE html>', () => {
    const page =
      '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">\n<title>合川广安携手共建川渝文旅交通走廊</title>\n<script>var s = "<p>不是标题</p>";</script><style>h1 { color: red }</style></head>\n' +
      '<body><h1>合川广安携手共建川渝文旅交通走廊</h1><p>重庆日报 2024年6月13日</p><p>本报讯（记者 李明）6月12日，合川区与广安市在合川签署协议。</p></body></html>';
    expect(headlineOf(page)).toBe('合川广安携手共建川渝文旅交通走廊');
    expect(headlineOf('<html><body>\n<h1>大足&amp;荣昌签署文旅协议</h1>\n<p>正文。</p></body></html>')).toBe('大足&荣昌签署文旅协议');
    // The <title> and <h1> on one line (no line break between them): the headline once, not twice.
    expect(headlineOf('<!DOCTYPE html><html><head><title>合川广安携手共建川渝文旅交通走廊</title></head><body><h1>合川广安携手共建川渝文旅交通走廊</h1><p>正文。</p></body></html>')).toBe('合川广安携手共建川渝文旅交通走廊');
    // A site name after the headline is not part of it; a site logo as <h1> is not the headline.
    expect(headlineOf('<html><head><title>合川广安携手共建川渝文旅交通走廊_重庆日报网</title></head><body><h1>合川广安携手共建川渝文旅交通走廊</h1></body></html>')).toBe('合川广安携手共建川渝文旅交通走廊');
    expect(headlineOf('<html><head><title>成渝地区双城经济圈建设提速 - 新华网</title></head><body><h1>新华网</h1><p>正文。</p></body></html>')).toBe('成渝地区双城经济圈建设提速');
  });
});
