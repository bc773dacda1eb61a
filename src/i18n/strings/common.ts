/** The app itself: its name, the language switch, loading, closing, data errors. */
export const zh = {
  appTitle: '成渝合作地图',
  appSubtitle: '成渝地区双城经济圈',
  /** The title where the header has one short line (a phone). */
  appTitleShort: '成渝合作地图',
  switchLang: 'English',
  switchLangLabel: 'Switch to English',
  loading: '正在加载地图数据…',
  drawing: '正在绘制地图…',
  loadingPart: '正在载入…',
  close: '关闭',
  backToList: '返回列表',
  provinceName: { '500000': '重庆市', '510000': '四川省' } as Record<string, string>,
  dataError: '数据文件无法使用',
  dataErrorHint: '其余功能仍可使用。请重新生成或检查该文件。',
  dismiss: '知道了',
  skipToSearch: '跳到搜索',
};

export const en: typeof zh = {
  appTitle: 'Chengdu–Chongqing Cooperation Atlas',
  appSubtitle: 'Chengdu–Chongqing Economic Circle',
  appTitleShort: 'Chengyu Atlas',
  switchLang: '中文',
  switchLangLabel: 'Switch to Chinese',
  loading: 'Loading map data…',
  drawing: 'Drawing the map…',
  loadingPart: 'Loading…',
  close: 'Close',
  backToList: 'Back to list',
  provinceName: { '500000': 'Chongqing', '510000': 'Sichuan' },
  dataError: 'A data file could not be used',
  dataErrorHint: 'Everything else still works. Rebuild or check that file.',
  dismiss: 'OK',
  skipToSearch: 'Skip to search',
};
