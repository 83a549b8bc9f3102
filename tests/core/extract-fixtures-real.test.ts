// The second development set (tests/fixtures/real: eleven real documents of other provinces, cities, banners
// and districts, labelled by hand; sources in its README), scored as eval scores it and held to its floors.
import { describeEvalSet } from '../helpers/eval-set';

describeEvalSet('fixtures-real');
