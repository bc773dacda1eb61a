/** The legend, and how far to trust a line's course. */
export const zh = {
  legend: '图例',
  legendTrust: '线路走向的可信度分三级：按实际走向描绘、近似走向、示意（按车站或途经地点连线，非实际走向）。每条线属于哪一级，见其详情。',
  trust: '线路位置',
  trustKey: { traced: '按实际轨道', approximate: '经车站连线', schematic: '示意' } as Record<string, string>,
  /** Close in (theme.linkLine), lines that are not traced are dotted links. */
  trustLinks: '放大后（8 级起）：经车站连线和示意线改为细点线，只表示连通',
};

export const en: typeof zh = {
  legend: 'Legend',
  legendTrust: "How far to trust a line's course: traced (the real route), approximate, or schematic (drawn between its stations or the places it serves, not the real route). Each line's panel says which.",
  trust: 'Line position',
  trustKey: { traced: 'Real track', approximate: 'Through its stations', schematic: 'Schematic' },
  trustLinks: 'Zoomed in (from zoom 8): through-station and schematic lines become dotted links, showing a connection only',
};
