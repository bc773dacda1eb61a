/** A district's panel: its facts, neighbours, and the transport in it. */
export const zh = {
  code: '行政区划代码',
  prefecture: '所属地级',
  province: '所属省级',
  area: '面积',
  km2: '平方公里',
  neighbours: '相邻区县',
  noNeighbours: '无相邻区县',
  linesHere: '经过的线路',
  pointsHere: '境内车站、港口与枢纽',
  noLinesHere: '数据中没有经过该区县的线路。',
  noPointsHere: '数据中该区县没有车站、港口或枢纽。',
  kmInDistrict: (km: number) => `境内约 ${km} 公里（沿图上线路计）`,
  schematicInDistrict: '示意线经过本区县，未必实际途经',
};

export const en: typeof zh = {
  code: 'Admin code',
  prefecture: 'Prefecture',
  province: 'Province',
  area: 'Area',
  km2: 'km²',
  neighbours: 'Neighbouring districts',
  noNeighbours: 'No neighbouring districts',
  linesHere: 'Lines in or through it',
  pointsHere: 'Stations, ports and hubs in it',
  noLinesHere: 'No line in the data passes through this district.',
  noPointsHere: 'No station, port or hub in the data is in this district.',
  kmInDistrict: (km) => `about ${km} km inside (along the drawn line)`,
  schematicInDistrict: 'its schematic line crosses the district; the route itself may not',
};
