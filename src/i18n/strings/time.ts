/** The time slider (issue 14). */
export const zh = {
  timeSlider: '时间',
  asOfLabel: '截至年份',
  asOfNow: '现状',
  asOfShowNow: '显示现状',
  play: '播放',
  pause: '暂停',
  asOfDatesUnknown: (y: number) => `该项目没有开工或开通日期，${y} 年的状态无法推算，按现状显示。`,
  asOfStatus: (y: number, status: string) => `${y} 年时：${status}`,
  asOfAbsent: '尚未开工',
};

export const en: typeof zh = {
  timeSlider: 'Time',
  asOfLabel: 'As of year',
  asOfNow: 'today',
  asOfShowNow: 'Show today',
  play: 'Play',
  pause: 'Pause',
  asOfDatesUnknown: (y) => `This project has no start or opening date, so its status in ${y} cannot be worked out; it is shown as today.`,
  asOfStatus: (y, status) => `In ${y}: ${status}`,
  asOfAbsent: 'not yet started',
};
