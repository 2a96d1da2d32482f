/**
 * Shared setup of the unit run: on a busy machine (Storybook and the fuzz suite beside the renderer
 * tests on 2 cores) a render can take longer than testing-library's default second to appear.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });
