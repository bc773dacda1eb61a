/** Exports and the printed page (issue 14). */
export const zh = {
  printedOn: '打印日期',
  printView: '本视图链接',
  printTransportSources: '交通：各项目详情中列出的公开报道；线路位置见图例说明',
  exportCsv: '导出 CSV',
  exportCsvDistricts: '导出区县 CSV',
  exportCsvDistrictsTitle: '区县表：每个区县一行，合作数按当前计数方式与筛选',
  exportGeojson: '导出 GeoJSON',
  exportPng: '导出图片 PNG',
  exportFailed: '导出失败：',
  exportPngWait: '地图画好后即可导出图片。',
  /** The exported image: what is drawn, and its legend's agreement entries. */
  pngAgreements: '合作事项',
  pngArc: '合作连线（连接合作双方）',
  pngArcNetwork: '伙伴对之间的合作连线，越粗合作越多',
  pngArcSelected: '所选伙伴对',
  pngArcWide: '浅色连线：一端为地级市或省市（连到其驻地，不是该处区县）',
  pngPartner: '合作伙伴（区县）',
  pngPartnerArea: '合作伙伴为地级市：其全域',
  pngRing: '地级市、省市合作方（画在其驻地）',
  pngNotDrawn: '普通模式：地图上未画合作事项（筛选出的合作见表格和 CSV；选“合作网络”或“合作数量”可画出）',
  pngNetwork: (drawn: number, total: number) => (drawn < total ? `画出合作最多的 ${drawn} 对伙伴（共 ${total} 对）` : `画出全部 ${total} 对合作伙伴`),
  pngChoropleth: (basis: string) => `各区县的合作项数（计数：${basis}）`,
  pngSelected: (what: string) => `已选：${what}`,
  /** The count map's note on new areas, as the count box says it, with the areas the counted agreements name. */
  pngNewAreas: (areas: readonly { area: string; main: string }[]) =>
    areas.length ? `新区的合作只计入其主区县：${areas.map((a) => `${a.area}计入${a.main}`).join('，')}。` : '新区的合作只计入其主区县。',
  pngCount: (n: number, total: number) => `筛选出 ${n} / ${total} 项合作`,
  pngSelectedDistrict: (name: string, partners: number) => `${name}及其 ${partners} 个合作伙伴`,
  pngSelectedPair: (a: string, b: string, n: number) => `${a} — ${b}（${n} 项合作）`,
  /** The GeoJSON file's own note (its `about` member): what its layers and counts mean. */
  geojsonAbout:
    '成渝合作地图导出的合作事项（符合当前筛选条件的）。layer=agreement：每项合作一条直线，连接两方的驻地或标注点（新区画在其主区县）；pair 为这条线连接的两地，pair_agreements 为连接这两地的合作项数（即合作网络中该连线的粗细所计的数，按当前筛选）。layer=pair：合作网络的每对伙伴一条线，agreements 为合作项数，network_drawn 表示“合作网络”模式是否画出（只画最多的 300 对）。layer=district：每个区县及其合作项数 agreements，按地图“合作数量”的计数方式 count_basis（own：仅本区县；all：含所属地级与全省市；新区的合作只计入其主区县）。',
};

export const en: typeof zh = {
  printedOn: 'Printed',
  printView: 'link to this view',
  printTransportSources: "transport: the public reports listed in each project's panel; how far to trust a line's course is in the legend",
  exportCsv: 'Export CSV',
  exportCsvDistricts: 'Export districts CSV',
  exportCsvDistrictsTitle: 'The district table: one row per district, its count under the current basis and filters',
  exportGeojson: 'Export GeoJSON',
  exportPng: 'Export PNG image',
  exportFailed: 'Export failed: ',
  exportPngWait: 'The image can be exported once the map is drawn.',
  pngAgreements: 'Agreements',
  pngArc: 'Agreement link (joins the parties)',
  pngArcNetwork: 'Partner link, wider = more agreements',
  pngArcSelected: 'Selected pair',
  pngArcWide: 'Lighter link: one end is a prefecture or province (drawn to its seat, not to that district)',
  pngPartner: 'Partner (district)',
  pngPartnerArea: 'Partner prefecture: its whole area',
  pngRing: 'Prefecture or province partner (at its seat)',
  pngNotDrawn: 'Plain mode: no agreements are drawn on the map (the filtered agreements are in the table and the CSV; choose Network or Count to draw them)',
  pngNetwork: (drawn, total) => (drawn < total ? `The ${drawn} busiest of ${total} partner pairs drawn` : `All ${total} partner pairs drawn`),
  pngChoropleth: (basis) => `Agreements per district (counting: ${basis})`,
  pngSelected: (what) => `Selected: ${what}`,
  pngNewAreas: (areas) =>
    areas.length ? `A new area counts at its main district only: ${areas.map((a) => `${a.area} at ${a.main}`).join('; ')}.` : 'A new area counts at its main district only.',
  pngCount: (n, total) => `${n} of ${total} agreements pass the filters`,
  pngSelectedDistrict: (name, partners) => `${name} and its ${partners} partner${partners === 1 ? '' : 's'}`,
  pngSelectedPair: (a, b, n) => `${a} — ${b} (${n} agreement${n === 1 ? '' : 's'})`,
  geojsonAbout:
    "Agreements exported from the Chengdu–Chongqing Cooperation Atlas (those passing the current filters). layer=agreement: one straight line per agreement between two parties' seats or label points (a new area at its main district); pair names the two places the line joins, pair_agreements how many of the exported agreements join them (the count the network's line width shows, under the current filters). layer=pair: one line per partner pair of the network, agreements its count, network_drawn whether Network mode draws it (only the 300 busiest are drawn). layer=district: each district with its agreements counted as the Agreements-count map counts them, count_basis saying how (own: its own only; all: with its prefecture's and province's; a new area's count at its main district only).",
};
