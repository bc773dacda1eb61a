/** Share links: copying one, and the notice for what a link could not apply. */
export const zh = {
  copyLink: '复制链接',
  linkCopied: '已复制，可发给同事',
  /** Copied while articles added in this browser only are in the view: the colleague will not have them. */
  linkLeavesLocal: (n: number) => `注意：本浏览器添加的 ${n} 篇文章不在链接里。同事要看到${n === 1 ? '它' : '它们'}，请在“添加文章”中导出文章包（JSON）一并发送。`,
  copyManually: '无法写入剪贴板，请手动复制：',
  linkNotApplied: '链接中有部分内容未能应用，其余已按链接显示。',
  /** What each link parameter is, in plain words, for the notice about a link that could not be applied. */
  linkParam: {
    v: '链接版本', lang: '界面语言', sel: '选中的区县、新区、项目或两地合作', hm: '隐藏的交通类型', hs: '隐藏的建设状态', mode: '地图模式', cb: '合作数量的计数方式',
    fd: '合作领域筛选', fk: '合作形式筛选', fy: '年份筛选', fp: '合作省份筛选', panel: '侧栏视图', r: '原文位置', c: '地图位置', t: '时间轴年份', fc: '最低可信度筛选',
  } as Record<string, string>,
  /** What the app did instead, where that is more than ignoring it. */
  linkFallback: { c: '已使用默认视图', sel: '未选中任何对象', lang: '已使用默认语言', panel: '已显示列表', cb: '已按仅本区县计数' } as Record<string, string>,
  linkProblem: {
    invalid: (what: string, fallback: string | undefined) => `${what}无效，${fallback ?? '已忽略'}`,
    'some-invalid': (what: string) => `${what}中有无法识别的项，已忽略，其余已应用`,
    unknown: () => '链接中有无法识别的内容，已忽略',
    repeated: (what: string) => `${what}重复出现，已使用第一个`,
    'too-long': (what: string) => `${what}过长，已忽略`,
    truncated: () => '链接过长，末尾部分已截去',
    'newer-version': () => '链接来自本应用的更新版本，部分内容可能无法显示',
    'not-found': (what: string) => `${what}不在数据中，未选中`,
    'local-not-loaded': () => '链接指向一篇在其他浏览器中添加的文章，此浏览器中没有。请向发送链接的人索取导出的文章包（JSON），在“添加文章”中导入：导入后链接所指的内容随即打开',
  },
  /** A parameter the notice cannot name (never echoed: it may be anything, markup included). */
  linkSomething: '链接中的一项内容',
  listSeparator: '；',
};

export const en: typeof zh = {
  copyLink: 'Copy link',
  linkCopied: 'Copied: send it to a colleague',
  linkLeavesLocal: (n) => `Note: the ${n === 1 ? 'article' : `${n} articles`} added in this browser ${n === 1 ? 'is' : 'are'} not in the link. For a colleague to see ${n === 1 ? 'it' : 'them'}, export the bundle (JSON) under "Add article" and send it too.`,
  copyManually: 'The clipboard is not available; copy this link:',
  linkNotApplied: 'Part of this link could not be applied; the rest is shown as linked.',
  linkParam: {
    v: 'The link version', lang: 'The language', sel: 'The selected district, new area, project or pair of places', hm: 'The list of hidden transport types', hs: 'The list of hidden statuses',
    mode: 'The map mode', cb: 'How Agreement count counts', fd: 'The field filter', fk: 'The form filter', fy: 'The year filter', fp: 'The partner province filter',
    panel: 'The side panel view', r: 'The source position', c: 'The map position', t: 'The time slider year', fc: 'The minimum confidence filter',
  },
  linkFallback: { c: 'the default view is shown', sel: 'nothing is selected', lang: 'the default language is used', panel: 'the list is shown', cb: 'each district’s own agreements are counted' },
  linkProblem: {
    invalid: (what, fallback) => `${what} is not valid; ${fallback ?? 'it was ignored'}`,
    'some-invalid': (what) => `${what} had items that were not recognised; they were ignored and the rest applied`,
    unknown: () => 'Something in the link was not recognised and was ignored',
    repeated: (what) => `${what} appeared twice; the first was used`,
    'too-long': (what) => `${what} was too long and was ignored`,
    truncated: () => 'The link was too long; its end was cut off',
    'newer-version': () => 'The link was made by a newer version of this app; some of it may not show',
    'not-found': (what) => `${what} is not in the data; nothing is selected`,
    'local-not-loaded': () => 'The link points to an article added in another browser, not loaded here. Ask whoever sent the link for the exported bundle (JSON) and import it with "Add article": what the link points to then opens',
  },
  linkSomething: 'An item in the link',
  listSeparator: '. ',
};
