/**
 * A party that is no place the atlas draws, by the name it signed under (Chinese, marked so for
 * screen readers and fonts), or by the English name `partyName` gives it in English (a port).
 */
export const BodyName = ({ name, shown }: { name: string; shown: string }) => <span lang={shown === name ? 'zh' : undefined}>{shown}</span>;
