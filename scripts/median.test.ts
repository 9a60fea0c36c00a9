import { median } from './median';

test('the median of an odd count of figures is the middle one, whatever their order', () => {
  expect(median([3, 1, 2])).toBe(2);
});

test('the median of an even count of figures is the mean of the middle two', () => {
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

test('there is no median of no figures', () => {
  expect(median([])).toBeUndefined();
});
