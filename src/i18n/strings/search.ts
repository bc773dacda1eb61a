/** The district list and its search (districts, transport projects, agreements). */
export const zh = {
  districtList: '区县列表',
  searchPlaceholder: '地名（拼音/首字母/英文）或交通项目',
  searchLabel: '搜索区县、新区或交通项目',
  projects: '交通项目',
  noMatch: '没有找到匹配的区县。',
  noResult: '没有找到匹配的地名、交通项目或合作事项。',
  countShown: (n: number, total: number) => `显示 ${n} / ${total} 个区县`,
  searchAgreements: '合作事项',
};

export const en: typeof zh = {
  districtList: 'Districts',
  searchPlaceholder: 'Place (pinyin, initials) or project',
  searchLabel: 'Search districts, new areas or transport projects',
  projects: 'Transport projects',
  noMatch: 'No district matches.',
  noResult: 'Nothing matches: no place, transport project or agreement.',
  countShown: (n, total) => `Showing ${n} of ${total} districts`,
  searchAgreements: 'Agreements',
};
