// Replaced with package.json's values when the plugin is bundled or tested.
declare const PACKAGE_NAME: string;
declare const PACKAGE_VERSION: string;
