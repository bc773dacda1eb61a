import { it } from 'vitest';
import { extractorFor } from './test-gazetteer';
const run = extractorFor('x.txt', '2024-03-01');
it('x', () => {
  for (const t of ['6月3日，重庆某某机械有限公司等4家企业现场分别与南充市嘉陵区、南部县签订投资协议。', '6月3日，重庆某某机械有限公司等4家企业现场分别与南充市嘉陵区、营山县签订投资协议。','6月3日，重庆某某机械有限公司现场与南充市嘉陵区、营山县签订投资协议。', '6月3日，四川省、重庆市邮政分公司签署了寄递合作协议。', '6月3日，成都、重庆两市律师协会签署了合作协议。', '6月3日，荣昌区与隆昌市在四川省内江市召开联席会议，签署了合作协议。', '6月3日，荣昌区与隆昌市合作协议签约仪式在四川省泸州市举行。']) {
    console.log(t, JSON.stringify(run(t).map((a) => a.kind + ' ' + a.parties.map((p) => p.name_zh + ':' + p.code).join(' '))));
  }
});
