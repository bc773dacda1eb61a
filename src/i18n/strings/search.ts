/** The district list and its search (districts, transport projects, agreements). */
export const zh = {
  districtList: '区县列表',
  searchPlaceholder: '地名或交通项目：中文/拼音/首字母/英文',
  searchLabel: '搜索区县、新区或交通项目',
  projects: '交通项目',
  noMatch: '没有找到匹配的区县。',
  countShown: (n: number, total: number) => `显示 ${n} / ${total} 个区县`,
  searchAgreements: '合作事项',
};

export const en: typeof zh = {
  districtList: 'Districts',
  searchPlaceholder: 'Place or project: name, pinyin, initials',
  searchLabel: 'Search districts, new areas or transport projects',
  projects: 'Transport projects',
  noMatch: 'No district matches.',
  countShown: (n, total) => `Showing ${n} of ${total} districts`,
  searchAgreements: 'Agreements',
};
