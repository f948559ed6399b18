'use strict';
// The public simulator page: a client of the same API as partners (openapi.yaml). The law comes
// from the API, never from this file: GET /api/v1/form gives the option labels and, period by period,
// the options open and the questions that matter (which specialties are asked for their CCAM share, on
// which dates group practice and the ZIP matter); GET /api/v1/rulebook describes the parameters.

// Codes of the rulebook as people read them in the explanation (options: their labels from the API).
const CODE_LABELS = {
  SECTOR_1: 'secteur 1', SECTOR_2_OPTAM: "secteur 2 avec l'OPTAM", SECTOR_2: 'secteur 2',
  MT: 'patientèle médecin traitant', FA: 'file active', DOWN: "à l'entier inférieur", HALF_UP: "à l'entier le plus proche",
  UP: "à l'entier supérieur", PRORATA: 'au prorata', ALL_OR_NOTHING: 'tout ou rien', MINIMUM: 'le plus faible des taux',
  AVERAGE: 'la moyenne des taux', HIRE: "l'embauche de l'assistant", SIGNATURE: 'la signature',
};
const STATUS_LABELS = { ELIGIBLE: 'Éligible', NOT_ELIGIBLE: 'Non éligible', TO_CONFIRM: 'À confirmer' };
const OUTCOME_LABELS = { MET: 'Remplie', NOT_MET: 'Non remplie', UNDECIDED: 'À préciser' };
const CERTAINTY_LABELS = { OFFICIAL: 'texte officiel', SECONDARY: 'source secondaire', PROVISIONAL: 'provisoire' };
const FIELD_LABELS = {
  asOf: 'la date de signature', specialty: 'la spécialité', sector: 'le secteur', optam: "l'adhésion à l'OPTAM",
  patientsMt: 'la patientèle médecin traitant', patientsFileActive: 'la file active',
  percentileBand: 'la tranche de patientèle communiquée par la CPAM', ccamShare: 'la part des actes CCAM',
  groupPractice: "l'exercice regroupé ou coordonné", priorityZone: "l'exercice en zone d'intervention prioritaire",
  age: "l'âge", installedOn: "la date d'installation", option: "l'option",
  currentOption: "l'option du contrat en cours", currentContractYear: "l'année du contrat en cours",
  objectivesMet: "l'atteinte des objectifs du contrat en cours",
  'objectiveTargets.patientsMt': "l'objectif de patientèle médecin traitant communiqué par la CPAM",
  'objectiveTargets.patientsFileActive': "l'objectif de file active communiqué par la CPAM",
};
const CONDITIONAL = ['optam', 'ccamShare', 'groupPractice', 'priorityZone'];
let specialtyLabels = {};
let optionLabels = {};
let form = null;

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const eurosCents = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const patients = new Intl.NumberFormat('fr-FR');
const thousands = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

const $ = (id) => document.getElementById(id);
let rulebook = null;
let lastMissing = [];

function money(text) {
  if (text === null || text === undefined) return 'inconnu';
  const value = Number(text);
  return Number.isInteger(value) ? euros.format(value) : eurosCents.format(value);
}

function frenchDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function sourceLink(source) {
  if (!source) return null;
  if (!source.url) return el('span', { class: 'source', text: source.title });
  return el('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank', class: 'source' },
    source.title, el('span', { class: 'visually-hidden', text: ' (nouvelle fenêtre)' }));
}

// ---------------------------------------------------------------- labels and periods, from the API

// "mi-temps" as a title: "Mi-temps".
function capitalized(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function optionTitle(code) {
  return capitalized(optionLabels[code] || code);
}

// The period of GET /api/v1/form that holds a signature date (ISO dates compare as strings).
function periodAt(date) {
  if (!form || !date) return null;
  return form.periods.find((p) => p.from <= date && (p.until === null || date <= p.until)) || null;
}

function regimeLabel(code) {
  const regime = rulebook && rulebook.regimes.find((r) => r.code === code);
  return regime ? regime.label : code;
}

// ---------------------------------------------------------------- the form asks only what matters

function selected(name) {
  const checked = document.querySelector(`input[name="${name}"]:checked`);
  return checked ? checked.value : null;
}

// A question of the period is asked when each of its conditions holds (an empty list is no condition).
function asks(question, answers) {
  return (question.sectors.length === 0 || question.sectors.includes(answers.sector))
    && (question.specialties.length === 0 || question.specialties.includes(answers.specialty))
    && (!question.withCurrentContract || answers.currentContract);
}

function updateQuestions() {
  const period = periodAt($('asOf').value);
  const answers = { sector: selected('sector'), specialty: $('specialty').value, currentContract: $('currentOption').value !== '' };
  const questions = period ? period.questions.filter((q) => asks(q, answers)).map((q) => q.input) : [];
  for (const name of CONDITIONAL) {
    const question = $(`q-${name}`);
    question.hidden = !(questions.includes(name) || lastMissing.includes(name));
    question.classList.toggle('asked', lastMissing.includes(name));
  }
  const open = period ? [...period.options, ...period.secondOptions] : [];
  for (const choice of $('option').querySelectorAll('option[value]:not([value=""])')) {
    choice.hidden = !open.includes(choice.value);
    if (choice.hidden && $('option').value === choice.value) $('option').value = '';
  }
  $('current-more').hidden = !period || period.secondOptions.length === 0;
}

function request() {
  const body = { asOf: $('asOf').value, specialty: $('specialty').value, sector: selected('sector') };
  const number = (id) => ($(id).value === '' ? undefined : Number($(id).value));
  const visible = (name) => !$(`q-${name}`).hidden;
  if (visible('optam') && selected('optam') !== null) body.optam = selected('optam') === 'true';
  body.patientsMt = number('patientsMt');
  body.patientsFileActive = number('patientsFileActive');
  if ($('percentileBand').value) body.percentileBand = $('percentileBand').value;
  if (visible('ccamShare') && $('ccamShare').value !== '') {
    body.ccamShare = Math.round(Number($('ccamShare').value) * 10) / 1000;
  }
  for (const name of ['groupPractice', 'priorityZone']) {
    if (visible(name) && selected(name) !== null) body[name] = selected(name) === 'true';
  }
  body.age = number('age');
  if ($('installedOn').value) body.installedOn = $('installedOn').value;
  if ($('option').value) body.option = $('option').value;
  if (!$('current-more').hidden && $('currentOption').value) {
    body.currentOption = $('currentOption').value;
    body.currentContractYear = number('currentContractYear');
    if (selected('objectivesMet') !== null) body.objectivesMet = selected('objectivesMet') === 'true';
  }
  const targets = { patientsMt: number('targetMt'), patientsFileActive: number('targetFa') };
  if (targets.patientsMt !== undefined || targets.patientsFileActive !== undefined) body.objectiveTargets = targets;
  for (const key of Object.keys(body)) {
    if (body[key] === undefined || body[key] === '') delete body[key];
  }
  return body;
}

// ---------------------------------------------------------------- errors

function clearErrors() {
  $('errors').hidden = true;
  $('errors').replaceChildren();
  document.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
}

function showProblem(problem) {
  const list = el('ul');
  for (const v of problem.violations || []) {
    const field = document.getElementsByName(v.field)[0];
    if (field && field.closest('details')) field.closest('details').open = true;
    if (field) field.setAttribute('aria-invalid', 'true');
    list.append(el('li', {}, el('a', { href: field ? `#${field.id || v.field}` : '#formulaire' },
      `${FIELD_LABELS[v.field] || v.field} : ${v.message}`)));
  }
  $('errors').replaceChildren(el('p', { text: problem.title || 'Requête refusée' }),
    problem.violations ? list : el('p', { text: problem.detail }));
  $('errors').hidden = false;
  $('errors').focus();
}

// ---------------------------------------------------------------- results

function renderVerdict(answer) {
  const e = answer.eligibility;
  const verdict = $('verdict');
  verdict.className = `verdict verdict--${e.status.toLowerCase()}`;
  verdict.dataset.status = e.status;
  verdict.replaceChildren(...[
    el('p', { class: 'verdict__status' }, el('strong', { text: STATUS_LABELS[e.status] })),
    el('p', { class: 'verdict__regime', text: `${regimeLabel(e.regime)}, pour une signature le ${frenchDate(answer.asOf)}.` }),
    answer.provisional ? el('p', { class: 'badge badge--provisional', text: 'Contient des chiffres provisoires' }) : null,
  ].filter(Boolean));
  const missing = $('missing');
  lastMissing = e.missingInputs;
  if (e.missingInputs.length) {
    missing.replaceChildren(el('p', { text: 'Pour conclure, précisez :' }), el('ul', {},
      e.missingInputs.map((name) => el('li', {}, el('a', { href: `#${firstFieldId(name)}`, text: FIELD_LABELS[name] || name })))));
    missing.hidden = false;
  } else {
    missing.replaceChildren();
    missing.hidden = true;
  }
  const answerLink = (r) => (r.outcome === 'UNDECIDED' && r.input
    ? [el('a', { class: 'reason__answer', href: `#${firstFieldId(r.input)}`, text: 'Répondre' }), ' '] : []);
  $('reason-list').replaceChildren(...e.reasons.map((r) => el('li', { class: `reason reason--${r.outcome.toLowerCase()}`, 'data-code': r.code },
    el('span', { class: 'reason__outcome', text: `${OUTCOME_LABELS[r.outcome]} — ` }), r.message, ' ', answerLink(r), sourceLink(r.source))));
}

function firstFieldId(name) {
  const field = document.getElementsByName(name)[0];
  return field ? field.id || `q-${name}` : 'formulaire';
}

function chart(simulation, scale, label) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const width = 320;
  const height = 170;
  const barWidth = 44;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'chart');
  const summary = simulation.years.map((y) => `année ${y.contractYear} : ${money(y.maxAid)}`).join(', ');
  svg.setAttribute('aria-label', `Aide maximale par année, ${label} : ${summary}`);
  simulation.years.forEach((y, i) => {
    const value = Number(y.maxAid || 0);
    const h = scale ? Math.round((value / scale) * 110) : 0;
    const x = 14 + i * (barWidth + 16);
    const bar = document.createElementNS(ns, 'rect');
    Object.entries({ x, y: 135 - h, width: barWidth, height: h, rx: 3, class: y.objectiveChecked ? 'bar bar--checked' : 'bar' })
      .forEach(([k, v]) => bar.setAttribute(k, v));
    const label = document.createElementNS(ns, 'text');
    Object.entries({ x: x + barWidth / 2, y: 152, 'text-anchor': 'middle', class: 'axis' }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = `An ${y.contractYear}`;
    const amount = document.createElementNS(ns, 'text');
    Object.entries({ x: x + barWidth / 2, y: 128 - h, 'text-anchor': 'middle', class: 'value' }).forEach(([k, v]) => amount.setAttribute(k, v));
    amount.textContent = y.maxAid === null ? '?' : `${thousands.format(value / 1000)} k€`;
    svg.append(bar, label, amount);
  });
  return svg;
}

function objectiveLine(name, label, target) {
  if (!target) {
    return el('li', { 'data-indicator': name, 'data-absent': 'true' }, `${label} : pas d'objectif chiffré`);
  }
  const increase = target.increase > 0 ? ` (+${patients.format(target.increase)})` : ' (maintien)';
  return el('li', { 'data-indicator': name, 'data-start': target.start, 'data-target': target.target, 'data-increase': target.increase },
    `${label} : ${patients.format(target.start)} → `, el('strong', { text: patients.format(target.target) }), increase,
    target.minimum !== null && target.minimum !== undefined ? ` — au moins ${patients.format(target.minimum)} accepté` : '');
}

function renderOptions(answer) {
  const scale = Math.max(1, ...answer.simulations.flatMap((s) => s.years.map((y) => Number(y.maxAid || 0))));
  $('options').replaceChildren(...answer.simulations.map((s) => {
    const heading = `option-${s.option}`;
    const table = el('table', { class: 'years' },
      el('caption', { class: 'visually-hidden', text: `Aide maximale par année de contrat, ${optionLabels[s.option] || s.option}` }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Année' }), el('th', { scope: 'col', text: 'Période' }),
        el('th', { scope: 'col', text: 'Aide maximale' }), el('th', { scope: 'col', text: 'Texte qui fixe le montant' }))),
      el('tbody', {}, s.years.map((y) => el('tr', { 'data-year': y.contractYear, 'data-max-aid': y.maxAid },
        el('th', { scope: 'row', text: `${y.contractYear}${y.objectiveChecked ? ' *' : ''}` }),
        el('td', { text: `${frenchDate(y.from)} – ${frenchDate(y.to)}` }),
        el('td', { class: 'amount', text: money(y.maxAid) }),
        el('td', { class: 'regime', 'data-regime': y.regime, text: y.regimeLabel })))));
    return el('article', { class: 'option', 'data-option': s.option, 'aria-labelledby': heading },
      el('h3', { id: heading, text: optionTitle(s.option) }),
      s.provisional ? el('p', { class: 'badge badge--provisional', text: 'Provisoire' }) : null,
      chart(s, scale, optionLabels[s.option] || s.option),
      table,
      el('p', { class: 'fineprint', text: '* Années où l\'aide dépend de l\'atteinte de l\'objectif.' }),
      el('p', { class: 'total', 'data-total': s.totalMaxAid }, 'Total sur 5 ans : ', el('strong', { text: money(s.totalMaxAid) })),
      el('h4', { text: 'Objectif de patientèle' }),
      s.objective.basis === 'CPAM_TARGETS' ? el('p', { class: 'badge', text: 'Objectif communiqué par la CPAM' }) : null,
      el('ul', { class: 'objective' }, objectiveLine('patientsMt', 'Patientèle médecin traitant', s.objective.patientsMt),
        objectiveLine('patientsFileActive', 'File active', s.objective.patientsFileActive)),
      s.objective.explanation.length ? el('div', { class: 'objective-explanation' },
        s.objective.explanation.map((line) => el('p', { text: line }))) : null,
      s.warnings.length ? el('details', { class: 'warnings' }, el('summary', { text: `Pourquoi « provisoire » (${s.warnings.length})` }),
        el('ul', {}, s.warnings.map((w) => el('li', { 'data-parameter': w.parameter, text: w.message })))) : null);
  }));
  if (!answer.simulations.length) {
    $('options').replaceChildren(el('p', { class: 'none', text: answer.eligibility.status === 'NOT_ELIGIBLE'
      ? "Aucune aide : les conditions d'éligibilité ne sont pas remplies."
      : "Aucune option ne peut être simulée avec ces réponses." }));
  }
}

function renderInformation(answer) {
  const facts = answer.information || [];
  $('information-list').replaceChildren(...facts.map((fact) => el('li', { 'data-parameter': fact.parameter },
    fact.message, ` (${CERTAINTY_LABELS[fact.certainty]}) `, sourceLink(fact.source))));
  $('information').hidden = facts.length === 0;
}

function describe(name) {
  const parameter = rulebook && rulebook.parameters.find((p) => p.name === name);
  return parameter && parameter.description ? parameter.description : 'Donnée de la demande';
}

// A rulebook value as people read it: numbers, oui/non, and codes through their French labels.
function humanValue(value) {
  if (value === null || value === undefined) return 'inconnue';
  if (Array.isArray(value)) return value.length ? value.map(humanValue).join(', ') : 'aucune';
  if (value === true) return 'oui';
  if (value === false) return 'non';
  if (typeof value === 'number') return patients.format(value);
  return CODE_LABELS[value] || optionLabels[value] || specialtyLabels[value] || value;
}

function renderTrace(answer) {
  $('trace').replaceChildren(...(answer.trace || []).map((step) => el('li', {},
    el('p', {}, el('strong', { text: step.description }), step.result ? ` : ${step.result}` : ''),
    step.values.length ? el('ul', {}, step.values.map((v) => el('li', { 'data-parameter': v.parameter },
      `${describe(v.parameter)} : ${humanValue(v.value)} `,
      v.certainty ? `(${CERTAINTY_LABELS[v.certainty]}, depuis le ${frenchDate(v.from)}) ` : '(non publiée) ',
      sourceLink(v.source)))) : null)));
}

async function simulate(event) {
  event.preventDefault();
  clearErrors();
  const body = request();
  const response = await fetch('/api/v1/simulations?explain=true', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    showProblem(answer);
    return;
  }
  renderVerdict(answer);
  renderOptions(answer);
  renderInformation(answer);
  renderTrace(answer);
  updateQuestions();
  $('resultat').hidden = false;
  $('print').hidden = false;
  $('resultat').focus();
}

// ---------------------------------------------------------------- the collective contract

const MEMBER_FIELDS = { rpps: 'le numéro RPPS', specialty: 'la spécialité', sector: 'le secteur', optam: "l'adhésion à l'OPTAM",
  patientsMt: 'la patientèle médecin traitant', patientsFileActive: 'la file active', installedOn: "la date d'installation",
  particularPractice: "l'exercice particulier", traineeSupervisor: 'la qualité de maître de stage' };
const GROUP_FIELDS = { asOf: 'la date de signature', structureType: 'la société signataire', etp: "le nombre d'équivalents temps plein",
  members: 'les médecins adhérents' };
let specialtyList = [];

// "members[1].patientsMt" becomes "médecin 2 : la patientèle médecin traitant".
function collectiveFieldLabel(field) {
  const m = /^members\[(\d+)\]\.(\w+)$/.exec(field);
  if (m) return `médecin ${Number(m[1]) + 1} : ${MEMBER_FIELDS[m[2]] || m[2]}`;
  return GROUP_FIELDS[field] || field;
}

function collectiveField(field) {
  const m = /^members\[(\d+)\]\.(\w+)$/.exec(field);
  const name = m && m[2] === 'optam' ? `members[${m[1]}].sector` : field;
  return $('collectif-form').querySelector(`[name="${CSS.escape(name)}"]`);
}

function renumberMembers() {
  [...$('c-members').children].forEach((row, i) => {
    row.querySelectorAll('[data-name]').forEach((input) => {
      const name = input.dataset.name;
      input.name = `members[${i}].${name}`;
      input.id = `c-m${i}-${name}`;
      const label = row.querySelector(`label[data-for="${name}"]`);
      if (label) label.htmlFor = input.id;
    });
    const remove = row.querySelector('.member__remove');
    remove.textContent = `Retirer le médecin ${i + 1}`;
    remove.hidden = $('c-members').children.length === 1;
  });
}

function addMember() {
  const row = $('c-member').content.firstElementChild.cloneNode(true);
  row.querySelector('[data-name="specialty"]').append(...specialtyList.map((sp) => el('option', { value: sp.code, text: sp.label })));
  row.querySelector('[data-name="specialty"]').value = 'MEDECINE_GENERALE';
  row.querySelector('.member__remove').addEventListener('click', () => {
    row.remove();
    renumberMembers();
    $('c-members').querySelector('input')?.focus();
  });
  $('c-members').append(row);
  renumberMembers();
  return row;
}

function collectiveRequest() {
  const body = { asOf: $('c-asOf').value, structureType: $('c-structureType').value };
  if ($('c-etp').value !== '') body.etp = Number($('c-etp').value);
  body.members = [...$('c-members').children].map((row) => {
    const get = (name) => row.querySelector(`[data-name="${name}"]`);
    const number = (name) => (get(name).value === '' ? undefined : Number(get(name).value));
    const sector = get('sector').value;
    const member = {
      rpps: get('rpps').value.trim(), specialty: get('specialty').value, sector: sector.startsWith('2') ? '2' : '1',
      patientsMt: number('patientsMt'), patientsFileActive: number('patientsFileActive'),
      particularPractice: get('particularPractice').checked, traineeSupervisor: get('traineeSupervisor').checked,
    };
    if (sector.startsWith('2')) member.optam = sector === '2-optam';
    if (get('installedOn').value) member.installedOn = get('installedOn').value;
    for (const key of Object.keys(member)) if (member[key] === undefined) delete member[key];
    return member;
  });
  return body;
}

function showCollectiveProblem(problem) {
  $('collectif-form').querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  const list = el('ul', {}, (problem.violations || []).map((v) => {
    const field = collectiveField(v.field);
    if (field) field.setAttribute('aria-invalid', 'true');
    return el('li', {}, el('a', { href: field ? `#${field.id}` : '#collectif-form' }, `${collectiveFieldLabel(v.field)} : ${v.message}`));
  }));
  $('c-errors').replaceChildren(el('p', { text: problem.title || 'Requête refusée' }),
    problem.violations ? list : el('p', { text: problem.detail }));
  $('c-errors').hidden = false;
  $('c-errors').focus();
}

function renderCollective(answer) {
  const e = answer.eligibility;
  const verdict = $('c-verdict');
  verdict.className = `verdict verdict--${e.status.toLowerCase()}`;
  verdict.dataset.status = e.status;
  const average = e.averageMt === null ? null : patients.format(Number(e.averageMt));
  verdict.replaceChildren(...[
    el('p', { class: 'verdict__status' }, el('strong', { text: STATUS_LABELS[e.status] })),
    el('p', { text: `Signature le ${frenchDate(answer.asOf)}, ${e.members} médecin${e.members > 1 ? 's' : ''} adhérent${e.members > 1 ? 's' : ''}.` }),
    average ? el('p', { 'data-average': e.averageMt, text: `Patientèle médecin traitant moyenne du groupe : ${average} patients.` }) : null,
    e.maxEtp !== null ? el('p', { 'data-max-etp': e.maxEtp, text: `Jusqu'à ${thousands.format(Number(e.maxEtp))} équivalent(s) temps plein d'assistant.` }) : null,
    answer.provisional ? el('p', { class: 'badge badge--provisional', text: 'Contient des chiffres provisoires' }) : null,
  ].filter(Boolean));
  $('c-missing').hidden = e.missingInputs.length === 0;
  $('c-missing').replaceChildren(...(e.missingInputs.length ? [el('p', { text: 'Pour conclure, précisez :' }),
    el('ul', {}, e.missingInputs.map((name) => el('li', {}, el('a', { href: `#${collectiveField(name)?.id || 'collectif-form'}`, text: collectiveFieldLabel(name) }))))] : []));
  $('c-reason-list').replaceChildren(...e.reasons.map((r) => el('li', { class: `reason reason--${r.outcome.toLowerCase()}`, 'data-code': r.code },
    el('span', { class: 'reason__outcome', text: `${OUTCOME_LABELS[r.outcome]} — ` }), r.message, ' ', sourceLink(r.source))));
  if (!answer.years.length) {
    $('c-schedule').replaceChildren(el('p', { class: 'none', text: e.status === 'NOT_ELIGIBLE'
      ? "Aucune aide : les conditions du contrat collectif ne sont pas remplies." : 'Aucune aide ne peut être calculée avec ces réponses.' }));
    return;
  }
  const etp = thousands.format(Number(answer.etp));
  const o = answer.objective;
  const table = el('table', { class: 'years' },
    el('caption', { class: 'visually-hidden', text: "Aide maximale du groupe par année de contrat" }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Année' }), el('th', { scope: 'col', text: 'Période' }),
      el('th', { scope: 'col', text: 'Aide maximale' }))),
    el('tbody', {}, answer.years.map((y) => el('tr', { 'data-year': y.contractYear, 'data-max-aid': y.maxAid },
      el('th', { scope: 'row', text: `${y.contractYear}${y.objectiveChecked ? ' *' : ''}` }),
      el('td', { text: `${frenchDate(y.from)} – ${frenchDate(y.to)}` }),
      el('td', { class: 'amount', text: money(y.maxAid) })))));
  $('c-schedule').replaceChildren(el('article', { class: 'option', 'data-option': 'COLLECTIVE', 'aria-labelledby': 'c-option-title' },
    el('h3', { id: 'c-option-title', text: `${etp} équivalent(s) temps plein d'assistant pour le groupe` }),
    chart({ years: answer.years }, Math.max(1, ...answer.years.map((y) => Number(y.maxAid || 0))), 'contrat collectif'),
    table,
    el('p', { class: 'fineprint', text: "* Années où l'aide est proratisée si l'objectif du groupe n'est pas entièrement atteint." }),
    el('p', { class: 'total', 'data-total': answer.totalMaxAid }, 'Total sur 5 ans : ', el('strong', { text: money(answer.totalMaxAid) })),
    el('h4', { text: 'Objectif du groupe' }),
    el('ul', { class: 'objective' }, objectiveLine('patientsMt', 'Patientèle médecin traitant du groupe', o.patientsMt),
      objectiveLine('patientsFileActive', 'File active du groupe', o.patientsFileActive)),
    el('div', { class: 'objective-explanation' }, o.explanation.map((line) => el('p', { text: line }))),
    answer.memberObjectives.length ? el('div', {}, el('h4', { text: 'Médecins installés depuis moins de 12 mois' }),
      el('ul', {}, answer.memberObjectives.map((m) => el('li', { 'data-rpps': m.rpps },
        `Médecin n° ${m.rpps} : ${m.patientsMt ? patients.format(m.patientsMt.target) : '?'} patients médecin traitant et `
        + `${m.patientsFileActive ? patients.format(m.patientsFileActive.target) : '?'} en file active à atteindre au ${frenchDate(m.by)}.`)))) : null,
    answer.warnings.length ? el('details', { class: 'warnings' }, el('summary', { text: `Pourquoi « provisoire » (${answer.warnings.length})` }),
      el('ul', {}, answer.warnings.map((w) => el('li', { 'data-parameter': w.parameter, text: w.message })))) : null));
}

async function simulateCollective(event) {
  event.preventDefault();
  $('c-errors').hidden = true;
  const response = await fetch('/api/v1/collective/simulations', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(collectiveRequest()),
  });
  const answer = await response.json();
  if (!response.ok) {
    showCollectiveProblem(answer);
    return;
  }
  $('collectif-form').querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  renderCollective(answer);
  $('c-resultat').hidden = false;
  $('c-resultat').focus();
}

function startCollective(specialties) {
  specialtyList = specialties;
  $('c-asOf').value = new Date().toLocaleDateString('sv-SE');
  addMember();
  addMember();
  $('c-add').addEventListener('click', () => addMember().querySelector('input').focus());
  $('collectif-form').addEventListener('submit', simulateCollective);
}

async function start() {
  $('asOf').value = new Date().toLocaleDateString('sv-SE');
  const [specialties, book, questions] = await Promise.all([
    fetch('/api/v1/specialties').then((r) => r.json()),
    fetch('/api/v1/rulebook').then((r) => r.json()),
    fetch('/api/v1/form').then((r) => r.json()),
  ]);
  rulebook = book;
  form = questions;
  $('asOf').min = form.firstDate;
  $('specialty').append(...specialties.map((s) => el('option', { value: s.code, text: s.label })));
  specialtyLabels = Object.fromEntries(specialties.map((s) => [s.code, s.label]));
  optionLabels = Object.fromEntries(form.options.map((o) => [o.code, o.label]));
  $('option').append(...form.options.map((o) => el('option', { value: o.code, text: capitalized(o.label) })));
  $('currentOption').append(...form.options.filter((o) => !o.secondAssistant)
    .map((o) => el('option', { value: o.code, text: capitalized(o.label) })));
  $('formulaire').addEventListener('change', updateQuestions);
  $('formulaire').addEventListener('submit', simulate);
  $('print').addEventListener('click', () => window.print());
  $('errors').setAttribute('tabindex', '-1');
  updateQuestions();
  startCollective(specialties);
  document.body.dataset.ready = 'true';
}

start();
