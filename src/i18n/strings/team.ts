/** Team mode: the page served by a team server (issue 23, docs/team.md). */
export const zh = {
  team: {
    badge: (name: string) => (name ? `团队 · ${name}` : '团队 · 请署名'),
    badgeTitle: '此地图由团队服务器提供：添加的文章保存在服务器上，同事打开链接即可看到。点此填写您的名字和团队口令。',
    failed: '无法读取团队数据',
    settings: '团队设置',
    name: '您的名字（您保存的文章和协议会注明）',
    namePlaceholder: '如：规划处 张工',
    token: '团队口令（向服务器管理员索取；保存文章时需要）',
    saveIdentity: '保存',
    identityHint: '名字和口令只保存在本浏览器中。',
    mark: '团队添加',
    markTitle: '由团队成员添加到团队服务器，未收入公共数据',
    by: (who: string, date: string) => `${who} · ${date}`,
    kept: '团队服务器上的文章',
    addedBy: (who: string, date: string) => `${who} 添加于 ${date}`,
    addIntro: '粘贴文章全文，或拖入 .txt / .html / .md 文件。抽取程序会找出其中的合作协议，由您逐条核对后保存到团队服务器，同事打开链接即可看到。',
    saved: (title: string, n: number) => `已保存到团队服务器：《${title}》及其 ${n} 项协议。`,
    alreadyKept: (who: string) => `这篇文章（正文相同）已由 ${who} 添加到团队服务器；保存会用您核对的结果替换它的协议。`,
  },
};

export const en: typeof zh = {
  team: {
    badge: (name: string) => (name ? `Team · ${name}` : 'Team · give your name'),
    badgeTitle: 'A team server serves this atlas: added articles are kept on it, and colleagues see them from a link. Click to give your name and the team token.',
    failed: 'cannot read the team data',
    settings: 'Team settings',
    name: 'Your name (shown on the articles and agreements you save)',
    namePlaceholder: 'e.g. Planning office, Zhang',
    token: 'Team token (from whoever runs the server; needed to save)',
    saveIdentity: 'Save',
    identityHint: 'Name and token are kept in this browser only.',
    mark: 'team',
    markTitle: 'Added to the team server by a colleague; not part of the public data',
    by: (who: string, date: string) => `${who} · ${date}`,
    kept: 'Articles on the team server',
    addedBy: (who: string, date: string) => `added by ${who} on ${date}`,
    addIntro: 'Paste the full text of an article, or drop a .txt / .html / .md file. The extractor finds the cooperation agreements in it; you check each one, and they are saved on the team server, where colleagues see them from a link.',
    saved: (title: string, n: number) => `Saved on the team server: "${title}" with ${n} agreements.`,
    alreadyKept: (who: string) => `${who} added this article (same text) to the team server before; saving replaces its agreements with the ones you reviewed.`,
  },
};
