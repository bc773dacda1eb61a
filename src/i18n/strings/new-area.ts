/** A new area or zone as a place of its own: its search results and its panel. */
export const zh = {
  newAreas: '新区与园区',
  newAreaTag: '新区',
  newAreaMainIn: (district: string) => `主体在${district}`,
  newAreaMain: '管理机构所在区县',
  newAreaMainNote: '新区的合作事项在此区县计数、画连线（一个新区只在一处计数）',
  newAreaOthers: '也涉及的区县',
  newAreaPartial: '新区可能只占这些区县的一部分（见范围来源）；地图按整个区县勾出。',
  newAreaSource: '范围来源',
  newAreaEnSource: '英文名来源',
  newAreaNoEn: '无公开英文名',
  newAreaAgreements: '新区签署的合作事项',
  newAreaNoAgreements: '文章中没有以该新区名义签署的合作事项。',
  newAreaFilteredOut: '在当前筛选下，没有以该新区名义签署的合作事项。',
  newAreaPartnersNote: '对方是新区时写出新区名，括号里是其管理机构所在区县（地图在此画连线）。',
};

export const en: typeof zh = {
  newAreas: 'New areas and zones',
  newAreaTag: 'new area',
  newAreaMainIn: (district) => `based in ${district}`,
  newAreaMain: 'Administered from',
  newAreaMainNote: "the new area's agreements are counted and drawn here (a new area counts in one place only)",
  newAreaOthers: 'Also spans',
  newAreaPartial: 'A new area may cover only part of its districts (see where its extent is from); the map outlines the whole districts.',
  newAreaSource: 'Extent from',
  newAreaEnSource: 'English name from',
  newAreaNoEn: 'no public English name',
  newAreaAgreements: 'Agreements the new area signed',
  newAreaNoAgreements: 'No agreement in the articles is signed by this new area.',
  newAreaFilteredOut: 'No agreement signed by this new area passes the current filters.',
  newAreaPartnersNote: 'A partner that is a new area is named, with the district that administers it in brackets (where the map draws its arc).',
};
