import { servedByTeam } from '../data/team-mode';
import type { Strings } from '../i18n/strings';
import type { LinkProblem } from '../state/url';

/**
 * A link's problems in plain words ("地图位置无效，已使用默认视图"), once each. Parameter codes are
 * never shown, and an unknown parameter's name is never echoed: it may be anything, markup included.
 */
export function describeLinkProblems(problems: readonly LinkProblem[], t: Strings): string[] {
  const texts = problems.map((p) => {
    const what = t.linkParam[p.param] ?? t.linkSomething;
    switch (p.kind) {
      case 'invalid':
        return t.linkProblem.invalid(what, t.linkFallback[p.param]);
      case 'some-invalid':
        return t.linkProblem['some-invalid'](what);
      case 'unknown':
        return t.linkProblem.unknown();
      case 'repeated':
        return t.linkProblem.repeated(what);
      case 'too-long':
        return t.linkProblem['too-long'](what);
      case 'truncated':
        return t.linkProblem.truncated();
      case 'newer-version':
        return t.linkProblem['newer-version']();
      case 'not-found':
        return t.linkProblem['not-found'](what);
      case 'local-not-loaded':
        // On a team server every added article is loaded: one missing was removed there.
        return servedByTeam() ? t.team.notOnServer : t.linkProblem['local-not-loaded']();
    }
  });
  return [...new Set(texts)];
}
