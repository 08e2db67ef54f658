// Apple Podcasts' category list (itunes:category text values, case-sensitive, "&" written "&amp;"
// in XML), and the lists it replaced, which Apple still maps but no longer offers.

const CURRENT: Readonly<Record<string, readonly string[]>> = {
  Arts: ['Books', 'Design', 'Fashion & Beauty', 'Food', 'Performing Arts', 'Visual Arts'],
  Business: ['Careers', 'Entrepreneurship', 'Investing', 'Management', 'Marketing', 'Non-Profit'],
  Comedy: ['Comedy Interviews', 'Improv', 'Stand-Up'],
  Education: ['Courses', 'How To', 'Language Learning', 'Self-Improvement'],
  Fiction: ['Comedy Fiction', 'Drama', 'Science Fiction'],
  Government: [],
  History: [],
  'Health & Fitness': ['Alternative Health', 'Fitness', 'Medicine', 'Mental Health', 'Nutrition', 'Sexuality'],
  'Kids & Family': ['Education for Kids', 'Parenting', 'Pets & Animals', 'Stories for Kids'],
  Leisure: ['Animation & Manga', 'Automotive', 'Aviation', 'Crafts', 'Games', 'Hobbies', 'Home & Garden', 'Video Games'],
  Music: ['Music Commentary', 'Music History', 'Music Interviews'],
  News: ['Business News', 'Daily News', 'Entertainment News', 'News Commentary', 'Politics', 'Sports News', 'Tech News'],
  'Religion & Spirituality': ['Buddhism', 'Christianity', 'Hinduism', 'Islam', 'Judaism', 'Religion', 'Spirituality'],
  Science: [
    'Astronomy', 'Chemistry', 'Earth Sciences', 'Life Sciences', 'Mathematics', 'Natural Sciences', 'Nature', 'Physics',
    'Social Sciences',
  ],
  'Society & Culture': ['Documentary', 'Personal Journals', 'Philosophy', 'Places & Travel', 'Relationships'],
  Sports: [
    'Baseball', 'Basketball', 'Cricket', 'Fantasy Sports', 'Football', 'Golf', 'Hockey', 'Rugby', 'Running', 'Soccer',
    'Swimming', 'Tennis', 'Volleyball', 'Wilderness', 'Wrestling',
  ],
  Technology: [],
  'True Crime': [],
  'TV & Film': ['After Shows', 'Film History', 'Film Interviews', 'Film Reviews', 'TV Reviews'],
};

// The lists Apple published before: 2005 (the first podcast specification) and 2012–2019. Union
// per category; a pair on either is obsolete, not unknown.
const OBSOLETE: Readonly<Record<string, readonly string[]>> = {
  Arts: ['Literature'],
  'Arts & Entertainment': ['Architecture', 'Books', 'Design', 'Entertainment', 'Games', 'Performing Arts', 'Photography', 'Poetry', 'Science Fiction'],
  'Audio Blogs': [],
  Business: ['Business News', 'Finance', 'Management & Marketing', 'Shopping'],
  Education: ['Educational Technology', 'Higher Education', 'K-12', 'Language Courses', 'Training'],
  Family: [],
  Food: [],
  'Games & Hobbies': ['Automotive', 'Aviation', 'Hobbies', 'Other Games', 'Video Games'],
  'Government & Organizations': ['Local', 'National', 'Non-Profit', 'Regional'],
  Health: ['Alternative Health', 'Diet & Nutrition', 'Fitness', 'Fitness & Nutrition', 'Relationships', 'Self-Help', 'Sexuality'],
  International: [
    'Australian', 'Belgian', 'Brazilian', 'Canadian', 'Chinese', 'Dutch', 'French', 'German', 'Hebrew', 'Italian', 'Japanese',
    'Norwegian', 'Polish', 'Portuguese', 'Spanish', 'Swedish',
  ],
  'Movies & Television': [],
  'News & Politics': [],
  Politics: [],
  'Public Radio': [],
  'Religion & Spirituality': ['New Age', 'Other', 'Philosophy'],
  'Science & Medicine': ['Medicine', 'Natural Sciences', 'Social Sciences'],
  'Society & Culture': ['History'],
  Sports: [],
  'Sports & Recreation': ['Amateur', 'College & High School', 'Outdoor', 'Professional'],
  'Talk Radio': [],
  Technology: [
    'Computers', 'Developers', 'Gadgets', 'Information Technology', 'News', 'Operating Systems', 'Podcasting', 'Smart Phones',
    'Software How-To', 'Tech News', 'Text/Speech',
  ],
  Travel: [],
};

export type CategoryStanding = 'current' | 'obsolete' | 'unknown';

function listed(list: Readonly<Record<string, readonly string[]>>, category: string, parent: string | null): boolean {
  if (parent === null) return Object.hasOwn(list, category);
  return Object.hasOwn(list, parent) && list[parent]!.includes(category);
}

/** Whether `category` (a subcategory when `parent` is given) is on Apple's list, its old list, or neither. */
export function appleCategoryStanding(category: string, parent: string | null): CategoryStanding {
  if (listed(CURRENT, category, parent)) return 'current';
  return listed(OBSOLETE, category, parent) ? 'obsolete' : 'unknown';
}
