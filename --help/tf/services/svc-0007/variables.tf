variable "setting_0" {
  description = "Setting 0 of service 7"
  type        = string
  default     = "value-0-994"
}

variable "setting_1" {
  description = "Setting 1 of service 7"
  type        = string
  default     = "value-1-487"
}

variable "setting_2" {
  description = "Setting 2 of service 7"
  type        = string
  default     = "value-2-777"
}

variable "setting_3" {
  description = "Setting 3 of service 7"
  type        = string
  default     = "value-3-801"
}

variable "setting_4" {
  description = "Setting 4 of service 7"
  type        = string
  default     = "value-4-818"
}

variable "setting_5" {
  description = "Setting 5 of service 7"
  type        = string
  default     = "value-5-217"
}

variable "setting_6" {
  description = "Setting 6 of service 7"
  type        = string
  default     = "value-6-649"
}

variable "setting_7" {
  description = "Setting 7 of service 7"
  type        = string
  default     = "value-7-577"
}

variable "setting_8" {
  description = "Setting 8 of service 7"
  type        = string
  default     = "value-8-141"
}

variable "setting_9" {
  description = "Setting 9 of service 7"
  type        = string
  default     = "value-9-993"
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["10.20.0.0/16"]
}

variable "environment" {
  type    = string
  default = "prod"
}

