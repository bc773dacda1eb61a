/** Exports and the printed page (issue 14). */
export const zh = {
  printedOn: '打印日期',
  printView: '本视图链接',
  printTransportSources: '交通：各项目详情中列出的公开报道；线路位置见图例说明',
  exportCsv: '导出 CSV',
  exportGeojson: '导出 GeoJSON',
  exportPng: '导出图片 PNG',
  exportFailed: '导出失败：',
};

export const en: typeof zh = {
  printedOn: 'Printed',
  printView: 'link to this view',
  printTransportSources: "transport: the public reports listed in each project's panel; how far to trust a line's course is in the legend",
  exportCsv: 'Export CSV',
  exportGeojson: 'Export GeoJSON',
  exportPng: 'Export PNG image',
  exportFailed: 'Export failed: ',
};
