// schema/ontology.json is checked when it is loaded: what the viewer and the
// stores rely on is there, and a mistake names itself.
import { ontology, OntologyError, validateOntology, type Ontology } from '../src/schema/ontology';

const copy = (): Ontology => JSON.parse(JSON.stringify(ontology));

test('the ontology as shipped is valid, with every name in both languages', () => {
  expect(() => validateOntology(copy())).not.toThrow();
  expect(ontology.relations.SIGNED_WITH).toMatchObject({ zh: '签约', en: 'signed with' });
});

test('a type without its English name, a relationship to an unknown type and an unnamed property are refused by name', () => {
  const noEnglish = copy();
  delete (noEnglish.entities.Zone as Partial<Ontology['entities']['Zone']>).en;
  expect(() => validateOntology(noEnglish)).toThrow(new OntologyError('entity type Zone needs a Chinese (zh) and an English (en) name'));
  const unknownEnd = copy();
  unknownEnd.relations.LED.to.push('Planet');
  expect(() => validateOntology(unknownEnd)).toThrow(/relationship LED names Planet, which is not an entity type/);
  const unnamed = copy();
  delete unnamed.properties.amount;
  expect(() => validateOntology(unnamed)).toThrow(/^ontology: property amount needs/);
});
