import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);
import {
  normalizeWord,
  stripControls
} from "./chunk-6FRNQZJ4.js";

// src/core/scope.ts
function sameMunicipality(a, b) {
  return a.trim().toLocaleLowerCase("nl") === b.trim().toLocaleLowerCase("nl");
}
function isNationalCoordinator(member) {
  return member?.role === "coordinator" && !member.scope;
}
function standingOf(member) {
  if (!member) return "guest";
  if (member.role === "coordinator") return member.scope ? "coordinator" : "national_coordinator";
  return member.role;
}
function roleOfStanding(standing) {
  return standing === "national_coordinator" ? "coordinator" : standing;
}
function canSeeGroup(member, group) {
  if (!member) return false;
  if (member.groupIds.includes(group.id)) return true;
  if (member.role !== "coordinator") return false;
  if (!member.scope) return true;
  return member.scope.municipalities.some((municipality) => sameMunicipality(municipality, group.municipality));
}
function groupsVisibleTo(store, member) {
  if (!member) return [];
  const groups = member.role === "coordinator" ? [...store.values("groups")] : member.groupIds.flatMap((id) => store.get("groups", id) ?? []);
  return groups.filter((group) => canSeeGroup(member, group)).sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
function canActInMunicipality(member, municipality) {
  if (member?.role !== "coordinator") return false;
  if (!member.scope) return true;
  return member.scope.municipalities.some((m) => sameMunicipality(m, municipality));
}
function scopeOf(store, member) {
  const visible = () => groupsVisibleTo(store, member);
  return {
    national: isNationalCoordinator(member),
    municipalities: member?.role === "coordinator" ? [...member.scope?.municipalities ?? []] : [],
    groups: visible,
    group(id) {
      const group = store.get("groups", id);
      return group && canSeeGroup(member, group) ? group : void 0;
    },
    resolve(name) {
      const wanted = name.trim();
      const all = store.values("groups");
      const byName = all.find((g) => g.id === wanted || g.name.trim().toLocaleLowerCase("nl") === wanted.toLocaleLowerCase("nl"));
      if (byName) return canSeeGroup(member, byName) ? { kind: "group", group: byName } : { kind: "out_of_scope", name: byName.name };
      const inMunicipality = all.filter((g) => sameMunicipality(g.municipality, wanted));
      if (inMunicipality.length > 0) {
        const seen = inMunicipality.filter((g) => canSeeGroup(member, g));
        if (seen.length === 0 || member?.role === "coordinator" && !canActInMunicipality(member, wanted)) return { kind: "out_of_scope", name: inMunicipality[0].municipality };
        return { kind: "municipality", municipality: inMunicipality[0].municipality, groups: seen.sort((a, b) => a.name.localeCompare(b.name, "nl")) };
      }
      return { kind: "unknown", name: wanted };
    }
  };
}

// src/core/commands.ts
function parseCommand(text, options) {
  const clean = stripControls(text).trim();
  const slash = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/.exec(clean);
  if (slash) {
    const [, name = "", bot, args = ""] = slash;
    if (bot && options.botUsername && bot.toLowerCase() !== options.botUsername.toLowerCase()) return void 0;
    return { name: name.toLowerCase(), args: args.trim(), slash: true };
  }
  if (!options.keywords) return void 0;
  const [first = "", ...rest] = clean.split(/\s+/);
  const word = normalizeWord(first);
  if (!word) return void 0;
  for (const command of options.names.values()) {
    if (!options.translator.wordsInAllLocales(`commands.${command.name}.keywords`).has(word)) continue;
    if (rest.length > 0 && !command.takesArgs) continue;
    return { name: command.name, args: rest.join(" "), slash: false };
  }
  return void 0;
}
function allowed(command, who, chatType) {
  if (!command.roles.includes(roleOfStanding(who))) return "role";
  if (command.national && who !== "national_coordinator") return "national";
  if (!(command.chats ?? ["private"]).includes(chatType)) return "chat";
  return "ok";
}

export {
  sameMunicipality,
  isNationalCoordinator,
  standingOf,
  canSeeGroup,
  groupsVisibleTo,
  canActInMunicipality,
  scopeOf,
  parseCommand,
  allowed
};
