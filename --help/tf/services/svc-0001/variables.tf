variable "setting_0" {
  description = "Setting 0 of service 1"
  type        = string
  default     = "value-0-178"
}

variable "setting_1" {
  description = "Setting 1 of service 1"
  type        = string
  default     = "value-1-737"
}

variable "setting_2" {
  description = "Setting 2 of service 1"
  type        = string
  default     = "value-2-442"
}

variable "setting_3" {
  description = "Setting 3 of service 1"
  type        = string
  default     = "value-3-986"
}

variable "setting_4" {
  description = "Setting 4 of service 1"
  type        = string
  default     = "value-4-228"
}

variable "setting_5" {
  description = "Setting 5 of service 1"
  type        = string
  default     = "value-5-360"
}

variable "setting_6" {
  description = "Setting 6 of service 1"
  type        = string
  default     = "value-6-561"
}

variable "setting_7" {
  description = "Setting 7 of service 1"
  type        = string
  default     = "value-7-538"
}

variable "setting_8" {
  description = "Setting 8 of service 1"
  type        = string
  default     = "value-8-226"
}

variable "setting_9" {
  description = "Setting 9 of service 1"
  type        = string
  default     = "value-9-163"
}

variable "setting_10" {
  description = "Setting 10 of service 1"
  type        = string
  default     = "value-10-157"
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

variable "environment" {
  type    = string
  default = "prod"
}

