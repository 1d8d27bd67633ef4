resource "aws_cloudwatch_log_group" "r11_0" {
  name = "${local.name}-11-0"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 46712 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r11_1" {
  name = "${local.name}-11-1"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 5378 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r11_2" {
  name = "${local.name}-11-2"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 27764 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r11_3" {
  name = "${local.name}-11-3"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 76226 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r11_4" {
  name = "${local.name}-11-4"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 69203 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r11_5" {
  name = "${local.name}-11-5"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 40386 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r11_6" {
  name = "${local.name}-11-6"
  tags = merge(local.tags, { part = "11" })
  description = "generated resource 58410 for benchmarks; mentions 0.0.0.0/0 only in text"
}

