// What other features use of competencies: the form (a goal can add one) and how levels read.
export { CompetencyForm, emptyCompetency, type CompetencyDraft } from './CompetencyForm';
export { gapText, levelText } from './levelText';
